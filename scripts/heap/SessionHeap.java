import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.ObjectArrayInstance;
import org.netbeans.lib.profiler.heap.ObjectFieldValue;
import org.netbeans.lib.profiler.heap.PrimitiveArrayInstance;

import java.io.File;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one signed-in session holds on its own, read from a heap dump: the objects reachable from one recent HTTP
 * session (its VaadinSession with the UI tree and listeners, the Spring Security context, every other attribute)
 * and not from another session, so shared caches, classes and services do not count. Prints the bytes, the largest classes, the components and the DOM listeners.
 * Usage: java -cp <netbeans-lib-profiler.jar> SessionHeap.java dump.hprof [classes to list] [by-component]
 */
public class SessionHeap {

    private static Instance root;

    @SuppressWarnings("unchecked") // the heap reader's API predates generics
    public static void main(String[] args) throws Exception {
        Heap heap = HeapFactory.createHeap(new File(args[0]));
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        // the HTTP session: the VaadinSession with its UIs, the security context and every other attribute
        JavaClass type = heap.getJavaClassByName("org.apache.catalina.session.StandardSession");
        List<Instance> sessions = new ArrayList<>(type.getInstances());
        for (Object sub : type.getSubClasses()) {
            sessions.addAll(((JavaClass) sub).getInstances());
        }
        // the sessions of the last batch of sign-ins are the ones used last (the script opens at least two)
        sessions.sort(Comparator.comparingLong((Instance i) ->
                ((Number) i.getValueOfField("thisAccessedTime")).longValue()).reversed());
        Instance mine = sessions.get(0);
        Instance other = sessions.get(1);
        root = other;
        Set<Long> others = new HashSet<>();
        walk(other, id -> true, others::add, i -> { });
        root = mine;
        Map<Long, Instance> own = new HashMap<>();
        walk(mine, id -> !others.contains(id) && !own.containsKey(id), id -> { }, i -> own.put(i.getInstanceId(), i));

        long bytes = own.values().stream().mapToLong(Instance::getSize).sum();
        System.out.printf("own objects %d, own bytes %d (%.1f KB)%n", own.size(), bytes, bytes / 1024.0);
        Map<String, long[]> byClass = new HashMap<>();
        Map<String, Integer> components = new TreeMap<>();
        Map<String, Integer> listeners = new TreeMap<>();
        for (Instance i : own.values()) {
            String name = i.getJavaClass().getName();
            long[] sum = byClass.computeIfAbsent(name, k -> new long[2]);
            sum[0]++;
            sum[1] += i.getSize();
            if (name.endsWith("nodefeature.ComponentMapping") && i.getValueOfField("component") instanceof Instance c) {
                components.merge(c.getJavaClass().getName().replaceAll(".*\\.", ""), 1, Integer::sum);
            }
            if (name.endsWith("ElementListenerMap$DomEventListenerWrapper")) {
                listeners.merge(text((Instance) i.getValueOfField("type")), 1, Integer::sum);
            }
        }
        byClass.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(top)
                .forEach(e -> System.out.printf("%9d B %6d  %s%n", e.getValue()[1], e.getValue()[0], e.getKey()));
        System.out.println("components: " + components);
        System.out.println("DOM listeners: " + listeners);
        if (args.length > 2 && args[2].equals("by-component")) {
            byComponent(own);
        }
    }

    /**
     * The bytes each component holds on its own: what is reachable from it and its state node without passing
     * through another component, state node, the UI or the session (what two components share counts for both).
     */
    private static void byComponent(Map<Long, Instance> own) {
        Map<String, long[]> sizes = new TreeMap<>();
        for (Instance mapping : own.values()) {
            if (!mapping.getJavaClass().getName().endsWith("nodefeature.ComponentMapping")
                    || !(mapping.getValueOfField("component") instanceof Instance component)) {
                continue;
            }
            Instance node = (Instance) mapping.getValueOfField("node");
            Set<Long> seen = new HashSet<>(List.of(component.getInstanceId(), node.getInstanceId()));
            ArrayDeque<Instance> queue = new ArrayDeque<>(List.of(component, node));
            long bytes = 0;
            while (!queue.isEmpty()) {
                Instance i = queue.poll();
                bytes += i.getSize();
                for (Instance next : references(i)) {
                    String name = next.getJavaClass().getName();
                    boolean foreign = name.endsWith("internal.StateNode") || name.endsWith("internal.StateTree")
                            || name.endsWith("server.VaadinSession") || name.endsWith("component.UI")
                            || isComponent(next.getJavaClass());
                    if (own.containsKey(next.getInstanceId()) && !foreign && seen.add(next.getInstanceId())) {
                        queue.add(next);
                    }
                }
            }
            long[] sum = sizes.computeIfAbsent(component.getJavaClass().getName().replaceAll(".*\\.", ""),
                    k -> new long[2]);
            sum[0]++;
            sum[1] += bytes;
        }
        sizes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .forEach(e -> System.out.printf("%9d B %4d  %s%n", e.getValue()[1], e.getValue()[0], e.getKey()));
    }

    private static boolean isComponent(JavaClass type) {
        for (JavaClass t = type; t != null; t = t.getSuperClass()) {
            if (t.getName().equals("com.vaadin.flow.component.Component")) {
                return true;
            }
        }
        return false;
    }

    private interface IdTest {
        boolean accept(long id);
    }

    private interface IdSink {
        void add(long id);
    }

    private interface InstanceSink {
        void add(Instance instance);
    }

    /** Breadth first from {@code start}, not into classes, class loaders or other sessions. */
    private static void walk(Instance start, IdTest enter, IdSink ids, InstanceSink instances) {
        ArrayDeque<Instance> queue = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        queue.add(start);
        seen.add(start.getInstanceId());
        ids.add(start.getInstanceId());
        instances.add(start);
        while (!queue.isEmpty()) {
            Instance i = queue.poll();
            if (boundary(i)) {
                continue;
            }
            for (Instance next : references(i)) {
                long id = next.getInstanceId();
                if (seen.add(id) && enter.accept(id)) {
                    ids.add(id);
                    instances.add(next);
                    queue.add(next);
                }
            }
        }
    }

    private static boolean boundary(Instance i) {
        if (i == root) {
            return false;
        }
        String name = i.getJavaClass().getName();
        return name.equals("java.lang.Class") || name.contains("ClassLoader") || name.endsWith("StandardSession")
                || name.endsWith("StandardSessionFacade");
    }

    @SuppressWarnings("unchecked")
    private static List<Instance> references(Instance i) {
        List<Instance> out = new ArrayList<>();
        if (i instanceof ObjectArrayInstance array) {
            for (Object o : array.getValues()) {
                if (o instanceof Instance element) {
                    out.add(element);
                }
            }
        } else if (!(i instanceof PrimitiveArrayInstance)) {
            for (Object field : i.getFieldValues()) {
                if (field instanceof ObjectFieldValue value && value.getInstance() != null) {
                    out.add(value.getInstance());
                }
            }
        }
        return out;
    }

    private static String text(Instance string) {
        if (string == null) {
            return "null";
        }
        var chars = new StringBuilder();
        for (Object b : ((PrimitiveArrayInstance) string.getValueOfField("value")).getValues()) {
            chars.append((char) Integer.parseInt(b.toString()));
        }
        return chars.toString();
    }
}
