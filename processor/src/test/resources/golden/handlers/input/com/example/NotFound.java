package com.example;

public class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
}
