package com.example;

public class Teapot extends Exception {
}
