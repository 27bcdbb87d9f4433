package com.example.bodies;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.kiln.Default;

// width is also read as "w" or "wide": its reader keeps which name it was read by
public record Dimensions(@JsonAlias({"w", "wide"}) double width, double height, @Default("cm") String unit) {
}
