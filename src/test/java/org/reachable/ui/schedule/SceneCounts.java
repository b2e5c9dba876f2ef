package org.reachable.ui.schedule;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * What a pulse will do to a scene, counted in nodes rather than time (the machine's load does not
 * change a count): how many nodes its CSS pass restyles, how many it hands to the render thread
 * changed (each is drawn again, and its bounds join the area repainted), and which nodes are new.
 * Read from JavaFX's own flags on each node: {@code cssFlag} just before the CSS pass, the
 * {@code dirtyBits} after the layout pass.
 */
final class SceneCounts {

    private static final Field CSS_FLAG = field("cssFlag");
    private static final Field DIRTY_BITS = field("dirtyBits");

    private SceneCounts() {
    }

    private static Field field(String name) {
        try {
            Field f = Node.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** How many nodes the coming CSS pass restyles: a node marked UPDATE or REAPPLY takes its subtree along. */
    static int toRestyle(Node node) {
        String flag = String.valueOf(read(CSS_FLAG, node));
        if (flag.equals("UPDATE") || flag.equals("REAPPLY")) {
            return count(node);
        }
        int sum = 0;
        if (node instanceof Parent parent) {
            for (Node kid : parent.getChildrenUnmodifiable()) {
                sum += toRestyle(kid);
            }
        }
        return sum;
    }

    /** How many shown nodes changed since the scene was last drawn: these are synced and drawn again. */
    static int changed(Node root) {
        int[] sum = {0};
        walk(root, n -> {
            Object bits = read(DIRTY_BITS, n);
            boolean dirty = bits instanceof Integer i ? i != 0 : !((Collection<?>) bits).isEmpty();
            if (dirty && n.isVisible()) { // a hidden node keeps its marks until it shows again
                sum[0]++;
            }
        });
        return sum[0];
    }

    static int count(Node node) {
        int[] sum = {0};
        walk(node, n -> sum[0]++);
        return sum[0];
    }

    /** Every node under {@code root}, by identity. */
    static Set<Node> nodes(Node root) {
        Set<Node> all = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(root, all::add);
        return all;
    }

    static void walk(Node node, Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node kid : parent.getChildrenUnmodifiable()) {
                walk(kid, visit);
            }
        }
    }

    private static Object read(Field f, Node node) {
        try {
            return f.get(node);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
