package com.example.params;

public enum Color {
    RED, GREEN, BLUE
}
