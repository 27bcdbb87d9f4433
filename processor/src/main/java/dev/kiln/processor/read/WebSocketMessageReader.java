package dev.kiln.processor.read;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.kiln.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the JSON message types of a {@code @WebSocketRoute} method: the class literals passed to
 * {@code onJson(Type.class, ...)} in its body, so that a binder (with the type's constraints) is
 * generated for each. The body is read as parsed (not attributed, which the blocking check needs to
 * stay untouched until analysis): a name resolves as javac would for a type, through the method's
 * enclosing classes, the file's single-type imports, its package, its on-demand imports, then
 * {@code java.lang}. Without javac's trees (another compiler) no type is found, and {@code onJson}
 * fails at run time with a message saying so.
 */
final class WebSocketMessageReader {
    private final Elements elements;
    private final TypeShapeReader shapes;
    private final Trees trees;

    WebSocketMessageReader(ProcessingEnvironment env, TypeShapeReader shapes) {
        this.elements = env.getElementUtils();
        this.shapes = shapes;
        Trees found;
        try {
            found = Trees.instance(env);
        } catch (IllegalArgumentException | LinkageError notJavac) {
            found = null;
        }
        this.trees = found;
    }

    /** The message types of {@code method}, in source order, each once. */
    List<TypeShape> read(ExecutableElement method) {
        if (trees == null) {
            return List.of();
        }
        TreePath path = trees.getPath(method);
        if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                if (call.getMethodSelect() instanceof MemberSelectTree select
                        && select.getIdentifier().contentEquals("onJson")
                        && !call.getArguments().isEmpty()
                        && call.getArguments().get(0) instanceof MemberSelectTree literal
                        && literal.getIdentifier().contentEquals("class")) {
                    names.add(literal.getExpression().toString());
                }
                return super.visitMethodInvocation(call, unused);
            }
        }.scan(new TreePath(path, tree.getBody()), null);
        List<TypeShape> types = new ArrayList<>();
        for (String name : names) {
            TypeElement type = resolve(name, method, path.getCompilationUnit());
            if (type != null) {
                types.add(shapes.read(type.asType()));
            }
        }
        return types;
    }

    private TypeElement resolve(String name, Element from, CompilationUnitTree unit) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        TypeElement outer = resolveSimple(first, from, unit);
        if (outer != null) {
            return rest.isEmpty() ? outer : elements.getTypeElement(outer.getQualifiedName() + rest);
        }
        return elements.getTypeElement(name);
    }

    private TypeElement resolveSimple(String simple, Element from, CompilationUnitTree unit) {
        for (Element e = from; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type) {
                if (type.getSimpleName().contentEquals(simple)) {
                    return type;
                }
                for (Element member : type.getEnclosedElements()) {
                    if (member instanceof TypeElement nested
                            && nested.getSimpleName().contentEquals(simple)) {
                        return nested;
                    }
                }
            }
        }
        for (ImportTree imported : unit.getImports()) {
            String qualified = imported.getQualifiedIdentifier().toString();
            if (!imported.isStatic() && qualified.endsWith("." + simple)) {
                TypeElement type = elements.getTypeElement(qualified);
                if (type != null) {
                    return type;
                }
            }
        }
        PackageElement pkg = elements.getPackageOf(from);
        TypeElement same = elements.getTypeElement(pkg.isUnnamed() ? simple : pkg.getQualifiedName() + "." + simple);
        if (same != null) {
            return same;
        }
        for (ImportTree imported : unit.getImports()) {
            com.sun.source.tree.Tree id = imported.getQualifiedIdentifier();
            if (!imported.isStatic()
                    && id instanceof MemberSelectTree star
                    && star.getIdentifier().contentEquals("*")) {
                TypeElement type = elements.getTypeElement(star.getExpression() + "." + simple);
                if (type != null) {
                    return type;
                }
            }
        }
        return elements.getTypeElement("java.lang." + simple);
    }
}
