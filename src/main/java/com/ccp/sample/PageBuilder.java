package com.ccp.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills text pages line by line. When a page is full the next line goes on a new page, after the
 * current continuation lines (e.g. {@code Cardholder: X (continued)} and the column header).
 */
final class PageBuilder {

    private final int capacity;
    private final List<Page> pages = new ArrayList<>();
    private List<Page.Line> current = new ArrayList<>();
    private List<Page.Line> continuation = List.of();

    PageBuilder(int capacity) {
        this.capacity = capacity;
        pages.add(new Page.Text(current));
    }

    /** 1-based number of the page the next line goes on, if it fits. */
    int page() {
        return pages.size();
    }

    int remaining() {
        return capacity - current.size();
    }

    boolean atTop() {
        return current.isEmpty();
    }

    void continuation(List<Page.Line> lines) {
        continuation = List.copyOf(lines);
    }

    /** Adds a line and returns the page it landed on. */
    int add(Page.Line line) {
        if (remaining() < 1) {
            breakPage();
        }
        current.add(line);
        return page();
    }

    /** A blank separator line, dropped at the top of a page and when the page is full. */
    void blank() {
        if (!atTop() && remaining() > 0) {
            current.add(Page.Line.BLANK);
        }
    }

    /** Starts a new page if fewer than {@code lines} fit on this one. */
    void keep(int lines) {
        if (remaining() < lines) {
            newTextPage();
        }
    }

    /** Page break inside a section: the new page starts with the continuation lines. */
    void breakPage() {
        newTextPage();
        current.addAll(continuation);
    }

    /** Adds an image page after everything so far and returns its number. */
    int addImage(int variant) {
        if (atTop()) {
            pages.removeLast();
        }
        pages.add(new Page.Image(variant));
        int number = pages.size();
        current = new ArrayList<>();
        pages.add(new Page.Text(current));
        return number;
    }

    private void newTextPage() {
        if (atTop() && pages.getLast() instanceof Page.Text) {
            return;
        }
        current = new ArrayList<>();
        pages.add(new Page.Text(current));
    }

    /** The pages, without a trailing empty text page. */
    List<Page> finish() {
        List<Page> result = new ArrayList<>(pages);
        if (result.getLast() instanceof Page.Text text && text.lines().isEmpty()) {
            result.removeLast();
        }
        return result;
    }
}
