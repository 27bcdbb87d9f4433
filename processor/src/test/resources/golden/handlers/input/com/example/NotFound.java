package com.example;

public class NotFound extends RuntimeException {
}
