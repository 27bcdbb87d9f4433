package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ByteRanges}: RFC 9110's single ranges of a 100-byte file, and what is ignored or refused. */
class ByteRangesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bytes=0-9          | 0-9",
                "bytes=10-          | 10-99",
                "bytes=-5           | 95-99",
                "bytes=-500         | 0-99",
                "bytes=90-500       | 90-99",
                "BYTES = 5 - 6      | 5-6",
                "bytes=99-99        | 99-99",
                "bytes=100-         | 416",
                "bytes=100-200      | 416",
                "bytes=-0           | 416",
                "bytes=5-2          | whole",
                "bytes=0-0,5-9      | whole",
                "items=0-9          | whole",
                "bytes=a-b          | whole",
                "bytes=             | whole",
                "bytes=-            | whole",
                "bytes=99999999999999999999- | whole",
                "0-9                | whole",
            })
    void ofAHundredBytes(String header, String expected) {
        assertEquals(expected, describe(ByteRanges.parse(header, 100)));
    }

    @ParameterizedTest(name = "{0} of an empty file -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"bytes=0-  | 416", "bytes=-1 | 416"})
    void nothingOfAnEmptyFileExists(String header, String expected) {
        assertEquals(expected, describe(ByteRanges.parse(header, 0)));
    }

    private static String describe(ByteRanges.Result result) {
        if (result instanceof ByteRanges.Part part) {
            return part.first() + "-" + part.last();
        }
        return result instanceof ByteRanges.Unsatisfiable ? "416" : "whole";
    }
}
