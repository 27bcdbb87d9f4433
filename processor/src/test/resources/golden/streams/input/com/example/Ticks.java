package com.example;

import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;

/** A ReadStream subtype: its item type is found through the interface it implements. */
public abstract class Ticks implements ReadStream<Price> {
    @Override
    public abstract Ticks handler(Handler<Price> handler);
}
