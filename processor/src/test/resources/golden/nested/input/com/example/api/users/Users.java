package com.example.api.users;

import dev.kiln.Get;

public class Users {
    @Get("/users/me")
    public String me() {
        return "me";
    }
}
