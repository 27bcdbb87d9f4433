package com.example;

public record Item(int id, String name) {}
