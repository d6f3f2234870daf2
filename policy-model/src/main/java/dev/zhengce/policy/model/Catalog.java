package dev.zhengce.policy.model;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated notice with its indexes: plans, tasks, targets, subsidy rules and departments by
 * id, and where each sits.
 *
 * <p>{@link #mengzhou()} is the bundled catalog of 孟政〔2017〕25号; {@link #read(InputStream)}
 * loads another notice written the same way. Loading checks, beyond each value's own rules:
 * ids unique across the whole notice; every responsible department exists; years within the
 * notice's horizon (baselines may precede it); one unit per indicator. A catalog is immutable
 * and safe to share between threads.
 */
public final class Catalog {
    private final Notice notice;
    private final Map<String, Plan> plans = new LinkedHashMap<>();
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final Map<String, Subsidy> subsidies = new LinkedHashMap<>();
    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final Map<String, Plan> planOf = new HashMap<>();
    private final Map<String, Task> taskOf = new HashMap<>();
    private final List<Citation> citations = new ArrayList<>();
    /**
     * Computed on first use (writing the whole notice costs a cold start more than the rest):
     * a racy cache like {@link String#hashCode()}: every thread computes the same immutable value.
     */
    private volatile String sha256;

    private Catalog(Notice notice) {
        this.notice = notice;
        index();
    }

    /**
     * Obtains a catalog from a notice, validating it.
     *
     * @param notice the notice
     * @return the catalog
     * @throws InvalidDataException if the notice breaks a rule that spans its parts
     */
    public static Catalog of(Notice notice) {
        return new Catalog(Objects.requireNonNull(notice, "notice"));
    }

    /**
     * Reads and validates a catalog from a JSON document in UTF-8. The stream is not closed.
     *
     * @param json the document, a {@link Notice}
     * @return the catalog
     * @throws InvalidDataException if the document is not a valid notice
     */
    public static Catalog read(InputStream json) {
        return of(PolicyJson.read(json, Notice.class));
    }

    /**
     * Obtains the bundled catalog of 孟政〔2017〕25号, Mengzhou's 2017 notice of four plans
     * (green transformation, intelligent transformation, technical renovation, technological
     * innovation). Loaded once, on first use, after the money self-check ({@link MoneyCheck#verify()}).
     *
     * @return the Mengzhou catalog
     * @throws IllegalStateException if the money self-check fails
     */
    public static Catalog mengzhou() {
        return Mengzhou.CATALOG;
    }

    /** Returns the notice. */
    public Notice notice() {
        return notice;
    }

    /** Returns the plans, in the text's order. */
    public List<Plan> plans() {
        return notice.plans();
    }

    /** Returns every task and safeguard, plan by plan, in the text's order. */
    public List<Task> tasks() {
        return List.copyOf(tasks.values());
    }

    /** Returns every target: each plan's own, then its tasks', in the text's order. */
    public List<Target> targets() {
        return List.copyOf(targets.values());
    }

    /** Returns every money rule, in the text's order. */
    public List<Subsidy> subsidies() {
        return List.copyOf(subsidies.values());
    }

    /** Returns the departments. */
    public List<Department> departments() {
        return notice.departments();
    }

    /** Returns every citation of the catalog, in the text's order. */
    public List<Citation> citations() {
        return Collections.unmodifiableList(citations);
    }

    /**
     * Returns a plan by id.
     *
     * @param id the id, such as {@code green-transformation}
     * @return the plan
     * @throws InvalidInputException if there is no such plan
     */
    public Plan plan(String id) {
        return find(plans, "plan", id);
    }

    /**
     * Returns a task or safeguard by id.
     *
     * @param id the id
     * @return the task
     * @throws InvalidInputException if there is no such task
     */
    public Task task(String id) {
        return find(tasks, "task", id);
    }

    /**
     * Returns a target by id.
     *
     * @param id the id
     * @return the target
     * @throws InvalidInputException if there is no such target
     */
    public Target target(String id) {
        return find(targets, "target", id);
    }

    /**
     * Returns a money rule by id.
     *
     * @param id the id, such as {@code intelligent-transformation-subsidy}
     * @return the rule
     * @throws InvalidInputException if there is no such rule
     */
    public Subsidy subsidy(String id) {
        return find(subsidies, "subsidy", id);
    }

    /**
     * Returns a department by id.
     *
     * @param id the id, such as {@code industry-it}
     * @return the department
     * @throws InvalidInputException if there is no such department
     */
    public Department department(String id) {
        return find(departments, "department", id);
    }

    /**
     * Returns the plan a task, target or rule belongs to, as placed in the text.
     *
     * @param id the id of a task, target or rule
     * @return the plan
     * @throws InvalidInputException if there is no element with that id
     */
    public Plan planOf(String id) {
        return find(planOf, "element", id);
    }

    /**
     * Returns the task a target or rule belongs to; empty for a plan's own targets and for a
     * task itself.
     *
     * @param id the id of a target, rule or task
     * @return the task, if the element sits in one
     * @throws InvalidInputException if the catalog has no element with this id (as {@link #planOf})
     */
    public Optional<Task> taskOf(String id) {
        find(planOf, "element", id);
        return Optional.ofNullable(taskOf.get(id));
    }

    /** Returns the SHA-256 of the catalog's canonical JSON, in hex: a stamp for audits. */
    public String sha256() {
        String hash = sha256;
        if (hash == null) {
            hash = sha256(PolicyJson.write(notice));
            sha256 = hash;
        }
        return hash;
    }

    /** Returns the notice and its plans with their counts, one plan per line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(notice.toString()).append(" (").append(notice.date()).append(")\n");
        for (Plan p : plans()) {
            long rules = p.tasks().stream().mapToLong(t -> t.subsidies().size()).sum();
            long goals = p.targets().size() + p.tasks().stream().mapToLong(t -> t.targets().size()).sum();
            b.append("  ").append(p).append(": ").append(p.tasks().size()).append(" tasks, ")
                    .append(goals).append(" targets, ").append(rules).append(" money rules\n");
        }
        return b.append("  ").append(departments.size()).append(" departments").toString();
    }

    private void index() {
        for (int d = 0; d < notice.departments().size(); d++) {
            Department dep = notice.departments().get(d);
            put(departments, dep.id(), dep, "departments[" + d + "].id");
        }
        Map<String, String> ids = new HashMap<>();
        departments.keySet().forEach(id -> ids.put(id, "department"));
        Map<String, Unit> units = new HashMap<>();
        for (int p = 0; p < notice.plans().size(); p++) {
            Plan plan = notice.plans().get(p);
            String at = "plans[" + p + "]";
            unique(ids, plan.id(), at + ".id");
            plans.put(plan.id(), plan);
            citations.add(plan.citation());
            for (int i = 0; i < plan.targets().size(); i++) {
                target(plan.targets().get(i), plan, null, at + ".targets[" + i + "]", ids, units);
            }
            for (int t = 0; t < plan.tasks().size(); t++) {
                Task task = plan.tasks().get(t);
                String tat = at + ".tasks[" + t + "]";
                unique(ids, task.id(), tat + ".id");
                tasks.put(task.id(), task);
                planOf.put(task.id(), plan);
                citations.add(task.citation());
                task.responsibility().ifPresent(citations::add);
                for (int d = 0; d < task.departments().size(); d++) {
                    String dep = task.departments().get(d);
                    if (!departments.containsKey(dep)) {
                        throw Errors.data(tat + ".departments[" + d + "]", dep, "no such department in the notice");
                    }
                }
                for (int m = 0; m < task.milestones().size(); m++) {
                    Milestone ms = task.milestones().get(m);
                    ms.year().ifPresent(y -> year(tat + ".milestones.year", y));
                    citations.add(ms.citation());
                }
                for (int i = 0; i < task.targets().size(); i++) {
                    target(task.targets().get(i), plan, task, tat + ".targets[" + i + "]", ids, units);
                }
                for (int s = 0; s < task.subsidies().size(); s++) {
                    Subsidy rule = task.subsidies().get(s);
                    unique(ids, rule.id(), tat + ".subsidies[" + s + "].id");
                    subsidies.put(rule.id(), rule);
                    planOf.put(rule.id(), plan);
                    taskOf.put(rule.id(), task);
                    citations.add(rule.citation());
                    rule.conditions().forEach(c -> citations.add(c.citation()));
                    rule.window().ifPresent(w -> citations.add(w.citation()));
                }
            }
        }
    }

    private void target(Target target, Plan plan, Task task, String at, Map<String, String> ids,
            Map<String, Unit> units) {
        unique(ids, target.id(), at + ".id");
        targets.put(target.id(), target);
        planOf.put(target.id(), plan);
        if (task != null) {
            taskOf.put(target.id(), task);
        }
        citations.add(target.citation());
        year(at + ".year", target.year());
        target.fromYear().ifPresent(y -> year(at + ".fromYear", y));
        target.baseline().flatMap(Baseline::year).ifPresent(y -> {
            if (y > notice.lastYear()) {
                throw Errors.data(at + ".baseline.year", y, "a baseline year is not after the horizon's end " + notice.lastYear());
            }
        });
        Unit previous = units.putIfAbsent(target.indicator(), target.unit());
        if (previous != null && previous != target.unit()) {
            throw Errors.data(at + ".unit", target.unit(),
                    "indicator " + target.indicator() + " is measured in " + previous + " elsewhere");
        }
    }

    private void year(String field, int year) {
        if (year < notice.firstYear() || year > notice.lastYear()) {
            throw Errors.data(field, year, "year must be within the notice's horizon "
                    + notice.firstYear() + ".." + notice.lastYear());
        }
    }

    private static void unique(Map<String, String> ids, String id, String field) {
        String previous = ids.putIfAbsent(id, field);
        if (previous != null) {
            throw Errors.data(field, id, "id is already used at " + previous);
        }
    }

    private static <T> void put(Map<String, T> map, String id, T value, String field) {
        if (map.putIfAbsent(id, value) != null) {
            throw Errors.data(field, id, "id is used twice");
        }
    }

    private static <T> T find(Map<String, T> map, String kind, String id) {
        Objects.requireNonNull(id, kind);
        T value = map.get(id);
        if (value == null) {
            throw new InvalidInputException(kind, id, "no " + kind + " with this id in the catalog");
        }
        return value;
    }

    private static String sha256(String json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (byte x : hash) {
                b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /**
     * Loads the bundled catalog on first use (initialization-on-demand holder). The notice is
     * built in Java from the JSON catalog ({@link MengzhouNotice}, checked against it by the
     * tests): reading it through Jackson would cost a cold JVM more than everything else.
     */
    private static final class Mengzhou {
        static final Catalog CATALOG = load();

        private static Catalog load() {
            MoneyCheck.verify();
            return of(MengzhouNotice.notice());
        }
    }
}
