package dev.kiln.bench.jmh;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** {@link PlainMember}'s ten members as a bean: a no-argument constructor, getters and setters. */
public final class PlainAccount {
    private String name;
    private String email;
    private int age;
    private double score;
    private String zip;
    private List<String> tags;
    private boolean active;
    private BigDecimal balance;
    private String nickname;
    private long level;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public int getAge() {
        return age;
    }

    public void setAge(int age) {
        this.age = age;
    }

    public double getScore() {
        return score;
    }

    public void setScore(double score) {
        this.score = score;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public long getLevel() {
        return level;
    }

    public void setLevel(long level) {
        this.level = level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlainAccount a
                && Objects.equals(name, a.name)
                && Objects.equals(email, a.email)
                && age == a.age
                && score == a.score
                && Objects.equals(zip, a.zip)
                && Objects.equals(tags, a.tags)
                && active == a.active
                && Objects.equals(balance, a.balance)
                && Objects.equals(nickname, a.nickname)
                && level == a.level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email, age, score, zip, tags, active, balance, nickname, level);
    }
}
