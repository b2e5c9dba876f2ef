package org.reachable.ui.schedule;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.Pane;

/**
 * The week grid's blocks: one {@link BlockView} for each piece of the layout, index for index.
 * Nodes are pooled and reused across {@link #show} calls, because building and styling hundreds
 * of labels again on every change is what would make an edit stutter.
 */
final class BlockLayer extends Pane {

    /** The view of each piece shown, index for index. */
    private List<BlockView> views = List.of();
    /** The same views by what they show, so that the next show gives a piece its old node back. */
    private Map<PieceId, BlockView> byPiece = new HashMap<>();
    private final ArrayDeque<BlockView> free = new ArrayDeque<>();

    private record PieceId(BlockKey key, boolean continuation) {
        static PieceId of(WeekLayout.Piece p) {
            return new PieceId(p.block().key(), p.continuesFromPrevious());
        }
    }

    BlockLayer() {
        setManaged(false);
    }

    /** Shows these pieces, each in the node it had if it had one. */
    void show(List<WeekLayout.Piece> pieces, WeekTimes times, BlockKey sel) {
        // Each piece keeps the node it had (same block, same day): an edit then touches one or two
        // nodes, not all of them, and an unchanged node needs no new text, style or layout. What
        // lies on top is the view order (BlockView.show sets it), not the order in the layer.
        Map<PieceId, BlockView> previous = byPiece;
        byPiece = new HashMap<>(pieces.size() * 2);
        BlockView[] placed = new BlockView[pieces.size()];
        for (int i = 0; i < placed.length; i++) {
            PieceId id = PieceId.of(pieces.get(i));
            BlockView v = previous.remove(id);
            if (v != null) {
                placed[i] = v;
                byPiece.put(id, v);
            }
        }
        free.addAll(previous.values());
        for (int i = 0; i < placed.length; i++) {
            WeekLayout.Piece piece = pieces.get(i);
            if (placed[i] == null) {
                placed[i] = free.poll();
                if (placed[i] == null) {
                    placed[i] = new BlockView();
                    getChildren().add(placed[i]);
                }
                byPiece.putIfAbsent(PieceId.of(piece), placed[i]);
            }
            placed[i].show(piece, times, piece.key().equals(sel));
            placed[i].setVisible(true);
        }
        for (BlockView unused : free) {
            // hidden rather than removed: taking nodes out and back in restyles them
            unused.setVisible(false);
        }
        views = Arrays.asList(placed);
        Integer[] order = new Integer[placed.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> placed[i].getViewOrder()));
        topFirst = order;
    }

    /** Indices of the views shown, the one drawn on top first. */
    private Integer[] topFirst = new Integer[0];

    /** The view of piece {@code index} of the pieces last shown. */
    BlockView view(int index) {
        return views.get(index);
    }

    /** The piece drawn at a point (content coordinates), topmost first; -1 on empty space. */
    int pieceAt(double cx, double cy) {
        for (int i : topFirst) {
            BlockView v = views.get(i);
            if (cx >= v.getLayoutX() && cx < v.getLayoutX() + v.getWidth() && cy >= v.getLayoutY()
                    && cy < v.getLayoutY() + v.getHeight()) {
                return i;
            }
        }
        return -1;
    }
}
