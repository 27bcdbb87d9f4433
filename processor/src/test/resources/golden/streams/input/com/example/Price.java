package com.example;

import java.math.BigDecimal;

public record Price(String symbol, BigDecimal amount) {
}
