package com.example;

import java.util.Optional;

public record ItemIn(String name, int price, Optional<String> note) {
}
