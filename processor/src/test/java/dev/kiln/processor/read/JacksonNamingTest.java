package dev.kiln.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kiln's copy of Jackson's naming strategies against Jackson's own, on names that exercise every rule. */
class JacksonNamingTest {
    private static final List<String> NAMES = List.of(
            "userName",
            "UserName",
            "USER_NAME",
            "user_name",
            "user",
            "User",
            "USER",
            "_user",
            "_User",
            "__user",
            "user__name",
            "theWWW",
            "theWWWSite",
            "XMLHttpRequest",
            "xmlHTTPRequest",
            "aURL",
            "a",
            "A",
            "_",
            "isActive",
            "value2Go",
            "userName_2",
            "éclair",
            "Éclair",
            "");

    @Test
    void everyStrategyTranslatesAsJacksonDoes() {
        Map<JacksonNaming, PropertyNamingStrategies.NamingBase> jackson = Map.of(
                JacksonNaming.LOWER_CAMEL_CASE,
                        (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.LOWER_CAMEL_CASE,
                JacksonNaming.UPPER_CAMEL_CASE,
                        (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.UPPER_CAMEL_CASE,
                JacksonNaming.SNAKE_CASE, (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE,
                JacksonNaming.UPPER_SNAKE_CASE,
                        (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.UPPER_SNAKE_CASE,
                JacksonNaming.LOWER_CASE, (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.LOWER_CASE,
                JacksonNaming.KEBAB_CASE, (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE,
                JacksonNaming.LOWER_DOT_CASE,
                        (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.LOWER_DOT_CASE);
        assertEquals(JacksonNaming.values().length, jackson.size());
        jackson.forEach((kiln, theirs) -> {
            for (String name : NAMES) {
                assertEquals(theirs.translate(name), kiln.translate(name), kiln + " of '" + name + "'");
            }
        });
    }

    @Test
    void strategiesAreKnownByTheirClasses() {
        assertEquals(JacksonNaming.SNAKE_CASE, of(PropertyNamingStrategies.SnakeCaseStrategy.class));
        assertEquals(JacksonNaming.KEBAB_CASE, of(PropertyNamingStrategies.KebabCaseStrategy.class));
        assertEquals(JacksonNaming.LOWER_DOT_CASE, of(PropertyNamingStrategies.LowerDotCaseStrategy.class));
        assertEquals(JacksonNaming.UPPER_SNAKE_CASE, of(PropertyNamingStrategies.UpperSnakeCaseStrategy.class));
        assertEquals(JacksonNaming.UPPER_CAMEL_CASE, of(PropertyNamingStrategies.UpperCamelCaseStrategy.class));
        assertEquals(JacksonNaming.LOWER_CASE, of(PropertyNamingStrategies.LowerCaseStrategy.class));
        assertEquals(JacksonNaming.LOWER_CAMEL_CASE, of(PropertyNamingStrategies.LowerCamelCaseStrategy.class));
        assertNull(JacksonNaming.ofClassName("com.example.MyStrategy"));
    }

    private static JacksonNaming of(Class<?> strategy) {
        return JacksonNaming.ofClassName(strategy.getCanonicalName());
    }

    @Test
    void beanNamesFollowJacksonsDefaultRule() {
        assertEquals("url", JacksonProperties.beanName("URL"));
        assertEquals("urlvalue", JacksonProperties.beanName("URLValue"));
        assertEquals("name", JacksonProperties.beanName("Name"));
        assertEquals("up", JacksonProperties.beanName("up"));
        assertEquals("x", JacksonProperties.beanName("X"));
    }
}
