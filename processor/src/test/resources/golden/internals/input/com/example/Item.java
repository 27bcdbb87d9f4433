package com.example;

public record Item(String name, int price) {
}
