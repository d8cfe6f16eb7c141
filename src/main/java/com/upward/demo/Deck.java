package com.upward.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Draws from a pool without repeating until every entry was used, then reshuffles: no text twice in a row. */
final class Deck<T> {

    private final List<T> cards;
    private final Random random;
    private int next;

    Deck(List<T> cards, Random random) {
        this.cards = new ArrayList<>(cards);
        this.random = random;
        this.next = cards.size();
    }

    T draw() {
        if (next >= cards.size()) {
            Collections.shuffle(cards, random);
            next = 0;
        }
        return cards.get(next++);
    }
}
