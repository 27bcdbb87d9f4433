package com.example.bodies;

import dev.kiln.Default;

public record Dimensions(double width, double height, @Default("cm") String unit) {
}
