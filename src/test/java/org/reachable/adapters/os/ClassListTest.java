package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class list of the jar run's archive: the loaded classes and, read from their class files, their lambdas. */
class ClassListTest {

    private static final String CALLER = Lambdas.class.getName().replace('.', '/');
    private static final String FORM = "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L";

    @TempDir
    Path dir;

    /** Each kind of lambda and method reference the tray's start makes, each of them run once. */
    public static final class Lambdas {
        private final String name = "anna";

        public static void main(String[] args) {
            new Lambdas().all().forEach(Supplier::get);
        }

        List<Supplier<?>> all() {
            Function<String, Integer> length = String::length;
            BiFunction<String, String, Boolean> same = String::equals;
            Supplier<StringBuilder> made = StringBuilder::new;
            Supplier<String> bound = name::trim;
            Supplier<String> captures = () -> name + "!";
            Runnable nothing = () -> { };
            return List.of(() -> length.apply("x"), () -> same.apply("a", "b"), made, bound, captures, () -> {
                nothing.run();
                return Map.of();
            });
        }
    }

    /** The lines JDK 17 itself writes with -XX:DumpLoadedClassList, for the lambdas it made of {@link Lambdas}. */
    @Test
    void theLambdaLinesAreTheOnesTheJdkWritesForTheSameClass() throws Exception {
        Path list = dir.resolve("loaded.classlist");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:DumpLoadedClassList=" + list, "-cp", System.getProperty("java.class.path"), Lambdas.class.getName())
                .redirectErrorStream(true).start();
        String said = new String(jvm.getInputStream().readAllBytes());
        assertEquals(0, jvm.waitFor(), said);
        Set<String> jdk = Files.readAllLines(list).stream().filter(l -> l.startsWith("@lambda-proxy " + CALLER + " "))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(jdk.size() >= 10, "each of them run: " + String.join("\n", jdk));
        try (InputStream in = Lambdas.class.getResourceAsStream("ClassListTest$Lambdas.class")) {
            assertEquals(jdk, new TreeSet<>(ClassList.lambdaLines(CALLER, in.readAllBytes())));
        }
    }

    @Test
    void theListNamesEachLoadedClassThenTheLambdasOfTheClassesThatMadeSome() throws Exception {
        String hierarchy = String.join("\n", "1834:", "java.lang.Object/null",
                "|--java.util.Map/null (intf)",
                "|--org.reachable.app.Launcher/0x00007f01ec10b460",
                "|  |--" + Lambdas.class.getName() + "$$Lambda$14/0x0000000800c0b000/0x00007f01ec10b460",
                "|  |--" + Lambdas.class.getName() + "$$Lambda$15/0x0000000800c0b248/0x00007f01ec10b460",
                "|--java.lang.invoke.LambdaForm$MH/0x00007f016c000400/null",
                "|--jdk.proxy1.$Proxy2/0x00007f01ec10c000");
        List<String> opened = new ArrayList<>();
        List<String> list = ClassList.of(hierarchy, name -> {
            opened.add(name);
            return Lambdas.class.getResourceAsStream("ClassListTest$Lambdas.class");
        }, List.of(FORM));
        assertEquals(List.of(CALLER), opened, "each caller once; no class file read for a class without lambdas");
        assertEquals(List.of("java/lang/Object", "java/util/Map", "org/reachable/app/Launcher", "jdk/proxy1/$Proxy2"),
                list.subList(0, 4));
        try (InputStream in = Lambdas.class.getResourceAsStream("ClassListTest$Lambdas.class")) {
            List<String> lambdas = ClassList.lambdaLines(CALLER, in.readAllBytes());
            assertEquals(lambdas, list.subList(4, list.size() - 1));
        }
        assertEquals(FORM, list.get(list.size() - 1), "the jar's method handle shapes last");
    }

    @Test
    void theJarBringsTheMethodHandleShapesOfATraysStart() {
        List<String> forms = ClassList.lambdaForms();
        assertTrue(forms.size() > 100, forms.toString());
        assertTrue(forms.contains(FORM), forms.toString());
        for (String line : forms) {
            assertTrue(line.matches("@lambda-form-invoker \\[(LF|SPECIES)_RESOLVE\\] [\\w.$]+( \\w+ \\w+)?"), line);
        }
    }

    @Test
    void aClassFileThatCannotBeReadCostsOnlyItsLambdas() {
        String hierarchy = "java.lang.Object/null\n|--a.B$$Lambda$1/0x1/0x2\n|--c.D$$Lambda$2/0x3/0x2";
        assertEquals(List.of("java/lang/Object"), ClassList.of(hierarchy,
                name -> name.equals("a/B") ? null : new ByteArrayInputStream(new byte[] {1, 2, 3}), List.of()));
    }
}
