package com.example;

public class Teapot extends Exception {
    private static final long serialVersionUID = 1L;
}
