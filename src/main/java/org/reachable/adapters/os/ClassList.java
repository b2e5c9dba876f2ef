package org.reachable.adapters.os;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class list a static class archive is made from ({@code -Xshare:dump -XX:SharedClassListFile}):
 * the classes this JVM loaded, and an {@code @lambda-proxy} line for each lambda of the classes whose
 * lambdas it made. JDK 17 archives a lambda's class only where its list has that line, and only
 * {@code -XX:DumpLoadedClassList} writes them, a flag a start must be given ahead; the list
 * {@code jcmd VM.cds static_dump} makes of a running JVM has none. So an SNI start made ~280 lambda
 * classes anew at every start from an archive that held 2,944 of its classes and none of them. The lines
 * are read here from the callers' class files instead: an {@code invokedynamic} of
 * {@code LambdaMetafactory.metafactory} names everything the line says. A line that no longer fits its
 * class (the JDK or the jar changed since) is skipped by the dump with a warning nobody sees. The method
 * handle shapes those lambdas and the string concatenations resolve ({@code @lambda-form-invoker}) leave
 * no trace in a class file: they come with the jar ({@link #lambdaForms}).
 */
final class ClassList {

    private static final String LAMBDA = "$$Lambda$";
    private static final String[] REF_KINDS = {"", "REF_getField", "REF_getStatic", "REF_putField", "REF_putStatic",
            "REF_invokeVirtual", "REF_invokeStatic", "REF_invokeSpecial", "REF_newInvokeSpecial", "REF_invokeInterface"};

    /** Reads a class file by its internal name ({@code java/lang/String}); null when there is none. */
    @FunctionalInterface
    interface ClassFiles {
        InputStream open(String internalName) throws IOException;
    }

    private ClassList() {
    }

    /**
     * The list for {@code jcmd VM.class_hierarchy}'s answer about this JVM: each class by its internal name,
     * then the lambda lines of every class that made a lambda here ({@code Caller$$Lambda$12/0x...}), then
     * {@code forms}.
     */
    static List<String> of(String classHierarchy, ClassFiles classFiles, List<String> forms) {
        Set<String> classes = new LinkedHashSet<>();
        Set<String> callers = new LinkedHashSet<>();
        for (String line : classHierarchy.split("\n")) {
            String entry = line.replaceFirst("^[|\\- ]*", "");
            int space = entry.indexOf(' ');
            String[] parts = (space < 0 ? entry : entry.substring(0, space)).split("/");
            if (parts.length == 2 && !parts[0].isEmpty()) {
                classes.add(parts[0].replace('.', '/')); // name/loader
            } else if (parts.length == 3 && parts[0].contains(LAMBDA)) { // a hidden class: name/address/loader
                callers.add(parts[0].substring(0, parts[0].indexOf(LAMBDA)).replace('.', '/'));
            }
        }
        List<String> list = new ArrayList<>(classes);
        for (String caller : callers) {
            try (InputStream in = classFiles.open(caller)) {
                if (in != null) {
                    list.addAll(lambdaLines(caller, in.readAllBytes()));
                }
            } catch (IOException | RuntimeException e) { // a class file we cannot read: its lambdas are made at run time
                continue;
            }
        }
        list.addAll(forms);
        return list;
    }

    /**
     * The {@code @lambda-form-invoker} lines of a tray's start, as {@code -XX:DumpLoadedClassList} wrote them
     * (lambda-forms.classlist beside this class, with how it was made); none when the jar has no such file.
     */
    static List<String> lambdaForms() {
        try (InputStream in = ClassList.class.getResourceAsStream("lambda-forms.classlist")) {
            return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("@lambda-form-invoker ")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The {@code @lambda-proxy} lines of the lambdas (and method references) in one class file. */
    static List<String> lambdaLines(String caller, byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.skipBytes(8); // magic, minor and major version
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        int[][] refs = new int[count][];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 3, 4 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or a double takes two entries
                }
                case 7, 8, 16, 19, 20 -> refs[i] = new int[] {tag, in.readUnsignedShort()};
                case 9, 10, 11, 12, 17, 18 -> refs[i] = new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> refs[i] = new int[] {tag, in.readUnsignedByte(), in.readUnsignedShort()};
                default -> throw new IOException("constant pool tag " + tag + " in " + caller);
            }
        }
        in.skipBytes(6); // access flags, this class, super class
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        for (int members = 0; members < 2; members++) { // fields, then methods
            for (int n = in.readUnsignedShort(); n > 0; n--) {
                in.skipBytes(6);
                skipAttributes(in);
            }
        }
        List<int[]> bootstraps = new ArrayList<>();
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            String name = (String) pool[in.readUnsignedShort()];
            int length = in.readInt();
            if (!"BootstrapMethods".equals(name)) {
                in.skipBytes(length);
                continue;
            }
            for (int b = in.readUnsignedShort(); b > 0; b--) {
                int handle = in.readUnsignedShort();
                int[] method = new int[2 + in.readUnsignedShort()]; // the handle, the count, the arguments
                method[0] = handle;
                method[1] = method.length - 2;
                for (int a = 2; a < method.length; a++) {
                    method[a] = in.readUnsignedShort();
                }
                bootstraps.add(method);
            }
        }
        Set<String> lines = new LinkedHashSet<>();
        for (int i = 1; i < count; i++) {
            if (refs[i] == null || refs[i][0] != 18) {
                continue;
            }
            int[] bootstrap = bootstraps.get(refs[i][1]);
            int[] handle = refs[bootstrap[0]];
            if (!"java/lang/invoke/LambdaMetafactory metafactory".equals(member(pool, refs, handle[2], false))
                    || bootstrap[1] != 3) {
                continue; // another bootstrap (string concatenation, a record's methods), or altMetafactory
            }
            int[] nameAndType = refs[refs[i][2]];
            int[] implementation = refs[bootstrap[3]];
            lines.add(String.join(" ", "@lambda-proxy", caller, (String) pool[nameAndType[1]],
                    (String) pool[nameAndType[2]], (String) pool[refs[bootstrap[2]][1]], REF_KINDS[implementation[1]],
                    member(pool, refs, implementation[2], true), (String) pool[refs[bootstrap[4]][1]]));
        }
        return List.copyOf(lines);
    }

    /** "class name" of a field or method reference, with its descriptor after when asked. */
    private static String member(Object[] pool, int[][] refs, int index, boolean descriptor) {
        int[] ref = refs[index];
        String owner = (String) pool[refs[ref[1]][1]];
        int[] nameAndType = refs[ref[2]];
        String name = owner + " " + pool[nameAndType[1]];
        return descriptor ? name + " " + pool[nameAndType[2]] : name;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            in.skipBytes(2);
            in.skipBytes(in.readInt());
        }
    }
}
