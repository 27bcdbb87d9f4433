package com.example.bodies;

public enum Tag {
    NEW, SALE
}
