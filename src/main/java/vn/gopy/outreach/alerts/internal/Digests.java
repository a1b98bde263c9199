package vn.gopy.outreach.alerts.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Groups a stream of alerts ordered by subscriber into one list per subscriber, lazily (one list in memory). */
final class Digests {

    private Digests() {
    }

    static Stream<List<PendingAlert>> group(Stream<PendingAlert> ordered) {
        Iterator<PendingAlert> rows = ordered.iterator();
        Iterator<List<PendingAlert>> groups = new Iterator<>() {
            private PendingAlert next = rows.hasNext() ? rows.next() : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public List<PendingAlert> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                List<PendingAlert> group = new ArrayList<>();
                long subscriber = next.subscriberId();
                while (next != null && next.subscriberId() == subscriber) {
                    group.add(next);
                    next = rows.hasNext() ? rows.next() : null;
                }
                return group;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups, Spliterator.ORDERED), false)
                .onClose(ordered::close);
    }
}
