package dev.kiln.bench.jmh;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@link Member}'s ten members and constraints as a bean ({@link PlainAccount} with the constraints on its
 * fields): what {@link BeanBenchmark} reads and checks in one pass against databind reading the same class.
 */
public final class CheckedAccount {
    @Size(min = 2, max = 20)
    private String name;

    @Email
    private String email;

    @Min(0)
    @Max(150)
    private int age;

    @DecimalMin("0")
    @DecimalMax("100")
    private double score;

    @Pattern(regexp = "\\d{5}")
    private String zip;

    @Size(max = 5)
    private List<@Size(max = 10) String> tags;

    private boolean active;

    @Digits(integer = 6, fraction = 2)
    private BigDecimal balance;

    @NotBlank
    private String nickname;

    @Positive
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
}
