package com.example;

import dev.kiln.Kiln;

public final class Main {
    public static void main(String[] args) {
        Kiln.app().title("Items API").version("1.0.0").run(args);
    }
}
