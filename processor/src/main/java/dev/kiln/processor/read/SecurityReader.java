package dev.kiln.processor.read;

import dev.kiln.processor.model.Constraint;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.ScopeUse;
import dev.kiln.processor.model.SecurityScheme;
import dev.kiln.processor.model.SecurityUse;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/** Reads a parameter's security annotations ({@code @OAuth2Password}, ..., {@code @Scopes}) into a {@link SecurityUse}. */
final class SecurityReader {
    static final List<String> SCHEME_ANNOTATIONS = List.of(
            KilnNames.OAUTH2_PASSWORD,
            KilnNames.BEARER,
            KilnNames.API_KEY,
            KilnNames.BASIC_AUTH,
            KilnNames.OPEN_ID_CONNECT);

    private static final String AUTHORIZATION = "Authorization";
    private static final String PASSWORD_FORM = "dev.kiln.security.PasswordForm";

    private final Mirrors mirrors;

    SecurityReader(Mirrors mirrors) {
        this.mirrors = mirrors;
    }

    /**
     * What {@code element} says about security, or {@code null} when it has no security annotation.
     *
     * @param sourceAnnotations how many source annotations ({@code @Header}, {@code @Depends}, ...) it has
     */
    SecurityUse read(VariableElement element, int sourceAnnotations) {
        List<AnnotationMirror> schemes = new ArrayList<>();
        for (String name : SCHEME_ANNOTATIONS) {
            AnnotationMirror mirror = Mirrors.find(element, name);
            if (mirror != null) {
                schemes.add(mirror);
            }
        }
        ScopeUse scopes = OperationReader.scopes(mirrors, element);
        if (schemes.isEmpty() && scopes == null) {
            return null;
        }
        String misuse = null;
        if (schemes.size() > 1) {
            misuse = "a parameter takes one security scheme annotation";
        } else if (!schemes.isEmpty() && sourceAnnotations > 0) {
            misuse = "a security scheme reads its own credential: it takes no @Path, @Query, @Header, @Cookie, @Body, "
                    + "@Form, @File or @Depends";
        }
        return new SecurityUse(schemes.isEmpty() ? null : scheme(schemes.get(0)), scopes, misuse);
    }

    /**
     * The constraints of a component of a form record: its own, and for {@code PasswordForm}'s {@code grant_type}
     * FastAPI's {@code Form(pattern="^password$")} (kiln-runtime has no Bean Validation to write it with).
     */
    static List<Constraint> passwordFormConstraints(TypeShape.RecordShape record, Member component) {
        if (!record.element().getQualifiedName().contentEquals(PASSWORD_FORM)
                || !component.javaName().equals("grantType")) {
            return component.constraints();
        }
        List<Constraint> constraints = new ArrayList<>(component.constraints());
        constraints.add(new Constraint(
                Constraint.Kind.PATTERN, component.element(), null, null, false, 0, 0, "^password$", List.of()));
        return constraints;
    }

    /** The annotation of the scheme on {@code element}, or {@code null}. */
    static AnnotationMirror schemeAnnotation(Element element) {
        for (String name : SCHEME_ANNOTATIONS) {
            AnnotationMirror mirror = Mirrors.find(element, name);
            if (mirror != null) {
                return mirror;
            }
        }
        return null;
    }

    private SecurityScheme scheme(AnnotationMirror annotation) {
        String description = orNull(mirrors.string(annotation, "description"));
        String schemeName = mirrors.string(annotation, "schemeName");
        return switch (Mirrors.nameOf(annotation)) {
            case KilnNames.OAUTH2_PASSWORD ->
                new SecurityScheme(
                        SecurityScheme.Kind.OAUTH2_PASSWORD,
                        named(schemeName, SecurityScheme.Kind.OAUTH2_PASSWORD.defaultName()),
                        description,
                        Source.HEADER,
                        AUTHORIZATION,
                        mirrors.string(annotation, "tokenUrl"),
                        orNull(mirrors.string(annotation, "refreshUrl")),
                        declaredScopes(annotation),
                        null,
                        null,
                        null);
            case KilnNames.BEARER ->
                new SecurityScheme(
                        SecurityScheme.Kind.BEARER,
                        named(schemeName, SecurityScheme.Kind.BEARER.defaultName()),
                        description,
                        Source.HEADER,
                        AUTHORIZATION,
                        null,
                        null,
                        List.of(),
                        null,
                        orNull(mirrors.string(annotation, "bearerFormat")),
                        null);
            case KilnNames.API_KEY -> {
                AnnotationValue in = mirrors.value(annotation, "in");
                String where = in == null
                        ? "HEADER"
                        : ((Element) in.getValue()).getSimpleName().toString();
                Source source = switch (where) {
                    case "QUERY" -> Source.QUERY;
                    case "COOKIE" -> Source.COOKIE;
                    default -> Source.HEADER;
                };
                String suffix = where.charAt(0) + where.substring(1).toLowerCase(Locale.ROOT);
                yield new SecurityScheme(
                        SecurityScheme.Kind.API_KEY,
                        named(schemeName, SecurityScheme.Kind.API_KEY.defaultName() + suffix),
                        description,
                        source,
                        mirrors.string(annotation, "name"),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null);
            }
            case KilnNames.BASIC_AUTH ->
                new SecurityScheme(
                        SecurityScheme.Kind.BASIC,
                        named(schemeName, SecurityScheme.Kind.BASIC.defaultName()),
                        description,
                        Source.HEADER,
                        AUTHORIZATION,
                        null,
                        null,
                        List.of(),
                        orNull(mirrors.string(annotation, "realm")),
                        null,
                        null);
            default ->
                new SecurityScheme(
                        SecurityScheme.Kind.OPEN_ID_CONNECT,
                        named(schemeName, SecurityScheme.Kind.OPEN_ID_CONNECT.defaultName()),
                        description,
                        Source.HEADER,
                        AUTHORIZATION,
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        mirrors.string(annotation, "url"));
        };
    }

    private List<SecurityScheme.DeclaredScope> declaredScopes(AnnotationMirror annotation) {
        List<SecurityScheme.DeclaredScope> scopes = new ArrayList<>();
        AnnotationValue value = mirrors.value(annotation, "scopes");
        if (value != null && value.getValue() instanceof List<?> list) {
            for (Object item : list) {
                if (((AnnotationValue) item).getValue() instanceof AnnotationMirror scope) {
                    scopes.add(new SecurityScheme.DeclaredScope(
                            mirrors.string(scope, "name"), mirrors.string(scope, "description")));
                }
            }
        }
        return scopes;
    }

    private static String named(String annotated, String otherwise) {
        return annotated.isEmpty() ? otherwise : annotated;
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
