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
 * <p>{@link #read(InputStream)} loads a notice written as JSON, {@link #of(Notice)} one built
 * in Java; the bundled catalog of 孟政〔2017〕25号 is
 * {@link dev.zhengce.policy.mengzhou.Mengzhou#catalog()}, in a package of its own. Loading checks, beyond each value's own rules:
 * ids unique across the whole notice; every responsible department exists; years within the
 * notice's horizon (baselines may precede it); one unit per indicator (a qualitative statement
 * may judge an indicator counted elsewhere); the ambiguities' and amendments' references. A
 * catalog is immutable and safe to share between threads.
 */
public final class Catalog {
    private final Notice notice;
    /** The catalog as written, of which this is a reading; itself for the catalog as written. */
    private final Catalog origin;
    /** The alternative readings this catalog applies (none for the catalog as written). */
    private final Readings readings;

    private final Map<String, Ambiguity> ambiguities = new LinkedHashMap<>();
    private final Map<String, Plan> plans = new LinkedHashMap<>();
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final Map<String, Subsidy> subsidies = new LinkedHashMap<>();
    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final Map<String, Bilingual> names = new HashMap<>();
    private final Map<String, Plan> planOf = new HashMap<>();
    private final Map<String, Task> taskOf = new HashMap<>();
    private final List<Citation> citations = new ArrayList<>();
    private final Map<Stage.Step, Subsidy> stages = new java.util.EnumMap<>(Stage.Step.class);
    /**
     * Computed on first use (writing the whole notice costs a cold start more than the rest):
     * a racy cache like {@link String#hashCode()}: every thread computes the same immutable value.
     */
    private volatile String sha256;

    private Catalog(Notice notice) {
        this.notice = notice;
        this.origin = this;
        this.readings = Readings.none();
        index();
    }

    private Catalog(Notice notice, Catalog origin, Readings readings) {
        this.notice = notice;
        this.origin = origin;
        this.readings = readings;
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

    /** {@return the notice} */
    public Notice notice() {
        return notice;
    }

    /** {@return the plans, in the text's order} */
    public List<Plan> plans() {
        return notice.plans();
    }

    /** {@return every task and safeguard, plan by plan, in the text's order} */
    public List<Task> tasks() {
        return List.copyOf(tasks.values());
    }

    /** {@return every target: each plan's own, then its tasks', in the text's order} */
    public List<Target> targets() {
        return List.copyOf(targets.values());
    }

    /** {@return every money rule, in the text's order} */
    public List<Subsidy> subsidies() {
        return List.copyOf(subsidies.values());
    }

    /** {@return the departments} */
    public List<Department> departments() {
        return notice.departments();
    }

    /** {@return the places where the text can be read more than one way, in the catalog's order} */
    public List<Ambiguity> ambiguities() {
        return notice.ambiguities();
    }

    /**
     * Returns an ambiguity by id.
     *
     * @param id the id, such as {@code cultivated-count}
     * @return the ambiguity
     * @throws InvalidInputException if there is no such ambiguity
     */
    public Ambiguity ambiguity(String id) {
        return find(ambiguities, "ambiguity", id);
    }

    /**
     * Returns the catalog read another way where the text is ambiguous: each ambiguity chosen
     * read as chosen, every other as the catalog reads it. The result is a catalog of its own
     * (the one as written is unchanged), whose notice version names the readings applied, so that
     * the provenance stamp of any result computed from it records them. Choosing the catalog's
     * own reading changes nothing; a choice always applies to the catalog as written, never on
     * top of another choice.
     *
     * @param choice the readings chosen
     * @return the catalog under those readings; the catalog as written when none differs from it
     * @throws InvalidInputException if a choice names an unknown ambiguity or reading
     */
    public Catalog under(Readings choice) {
        Objects.requireNonNull(choice, "readings");
        Map<String, List<Change>> changes = new HashMap<>();
        Readings applied = Readings.none();
        for (Map.Entry<String, String> e : choice.chosen().entrySet()) {
            Ambiguity a = origin.ambiguities.get(e.getKey());
            if (a == null) {
                throw new InvalidInputException(
                        "reading",
                        e.getKey(),
                        "no ambiguity with this id in the catalog; it has " + origin.ambiguities.keySet());
            }
            Reading r = a.reading(e.getValue())
                    .orElseThrow(() -> new InvalidInputException(
                            "reading." + a.id(),
                            e.getValue(),
                            "no such reading of " + a.id() + "; one of " + readingIds(a)));
            if (r != a.reading()) {
                applied = applied.with(a.id(), r.id());
                r.changes()
                        .forEach(c -> changes.computeIfAbsent(c.element(), k -> new ArrayList<>())
                                .add(c));
            }
        }
        if (applied.isEmpty()) {
            return origin;
        }
        Notice written = origin.notice;
        Notice.Builder b = Notice.builder()
                .from(written)
                .version(written.version() + " read as " + applied)
                .plans(List.of());
        for (Plan plan : written.plans()) {
            Plan.Builder p = Plan.builder().from(plan).targets(List.of()).tasks(List.of());
            plan.targets().forEach(t -> p.addTargets(read(t, changes)));
            for (Task task : plan.tasks()) {
                Task.Builder k = Task.builder().from(task).targets(List.of()).subsidies(List.of());
                task.targets().forEach(t -> k.addTargets(read(t, changes)));
                for (Subsidy rule : task.subsidies()) {
                    Subsidy read = rule;
                    for (Change c : changes.getOrDefault(rule.id(), List.of())) {
                        read = c.apply(read);
                    }
                    k.addSubsidies(read);
                }
                p.addTasks(k.build());
            }
            b.addPlans(p.build());
        }
        return new Catalog(b.build(), origin, applied);
    }

    private static Target read(Target target, Map<String, List<Change>> changes) {
        Target read = target;
        for (Change c : changes.getOrDefault(target.id(), List.of())) {
            read = c.apply(read);
        }
        return read;
    }

    private static List<String> readingIds(Ambiguity a) {
        List<String> ids = new ArrayList<>();
        ids.add(a.reading().id());
        a.alternatives().forEach(r -> ids.add(r.id()));
        return ids;
    }

    /**
     * Returns the cost categories of a rule's basis under every reading of the notice: the basis
     * as written, then the basis of each alternative reading that changes it, in catalog order,
     * each once. An application that gives them all can be computed under every reading: a
     * calculator accepts them and uses those of the reading it computes.
     *
     * @param rule the rule's id
     * @return the categories; the basis as written where no reading changes it
     * @throws InvalidInputException if there is no such rule
     */
    public List<String> basisOfEveryReading(String rule) {
        List<String> keys = new ArrayList<>(origin.subsidy(rule).basis());
        for (Ambiguity a : ambiguities()) {
            if (a.elements().contains(rule)) {
                for (Reading r : a.alternatives()) {
                    for (Change c : r.changes()) {
                        if (c.element().equals(rule)) {
                            c.basis().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
                        }
                    }
                }
            }
        }
        return keys;
    }

    /** {@return the alternative readings this catalog applies; none for the catalog as written} */
    public Readings readings() {
        return readings;
    }

    /**
     * Returns the reading in force for an ambiguity: the one chosen, or the catalog's own.
     *
     * @param ambiguity the ambiguity's id
     * @return the reading
     * @throws InvalidInputException if there is no such ambiguity
     */
    public Reading reading(String ambiguity) {
        Ambiguity a = ambiguity(ambiguity);
        String chosen = readings.chosen().get(a.id());
        return chosen == null ? a.reading() : a.reading(chosen).orElseThrow();
    }

    /** {@return the catalog as written, of which this is a reading; itself if it is the catalog as written} */
    public Catalog asWritten() {
        return origin;
    }

    /**
     * Returns the dated changes later documents made to a rule, in date order.
     *
     * @param rule the rule's id
     * @return the amendments; empty if none is recorded
     */
    public List<Amendment> amendments(String rule) {
        List<Amendment> list = new ArrayList<>();
        for (Amendment a : notice.amendments()) {
            if (a.rule().equals(rule)) {
                list.add(a);
            }
        }
        return list;
    }

    /**
     * Returns every citation of the notice's text in the catalog: the plans' and tasks', in the
     * text's order, then those of its validity and of its ambiguities. (An amendment cites
     * another document, and is not among them.)
     *
     * @return the citations, unmodifiable
     */
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
     * Returns the display name of an id the rules use as a key: a cost category, a fact, a
     * status ({@link Notice#terms()}).
     *
     * @param id the id, such as {@code software-investment}
     * @return its name in Chinese and English; the id itself in both where the notice names none
     */
    public Bilingual name(String id) {
        Bilingual name = names.get(Objects.requireNonNull(id, "id"));
        return name != null ? name : Bilingual.of(id, id);
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

    /** {@return the SHA-256 of the catalog's canonical JSON, in hex: a stamp for audits} */
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
        StringBuilder b = new StringBuilder(notice.toString())
                .append(" (")
                .append(notice.date())
                .append(")\n");
        for (Plan p : plans()) {
            long rules = p.tasks().stream().mapToLong(t -> t.subsidies().size()).sum();
            long goals = p.targets().size()
                    + p.tasks().stream().mapToLong(t -> t.targets().size()).sum();
            b.append("  ")
                    .append(p)
                    .append(": ")
                    .append(p.tasks().size())
                    .append(" tasks, ")
                    .append(goals)
                    .append(" targets, ")
                    .append(rules)
                    .append(" money rules\n");
        }
        return b.append("  ").append(departments.size()).append(" departments").toString();
    }

    private void index() {
        for (int n = 0; n < notice.terms().size(); n++) {
            Term term = notice.terms().get(n);
            put(names, term.id(), term.name(), "terms[" + n + "].id");
        }
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
                        throw Checks.data(tat + ".departments[" + d + "]", dep, "no such department in the notice");
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
                    String setBy = rule.setBy().orElse(null);
                    if (setBy != null && !notice.references().contains(setBy)) {
                        throw Checks.data(
                                tat + ".subsidies[" + s + "].setBy", setBy, "not one of the notice's references");
                    }
                    subsidies.put(rule.id(), rule);
                    planOf.put(rule.id(), plan);
                    taskOf.put(rule.id(), task);
                    citations.add(rule.citation());
                    rule.conditions().forEach(c -> citations.add(c.citation()));
                    rule.window().ifPresent(w -> citations.add(w.citation()));
                    String stageAt = tat + ".subsidies[" + s + "].stage";
                    rule.stage().ifPresent(st -> {
                        Subsidy other = stages.putIfAbsent(st.step(), rule);
                        if (other != null) {
                            throw Checks.data(
                                    stageAt,
                                    st.step(),
                                    "stage " + st.step() + " is already paid by " + other.id()
                                            + ": one rule per stage");
                        }
                        citations.add(st.citation());
                    });
                }
            }
        }
        references(ids, units);
    }

    /** Checks what refers to the indexed elements: tasks' indicators, ambiguities, amendments, validity. */
    private void references(Map<String, String> ids, Map<String, Unit> units) {
        for (int p = 0; p < notice.plans().size(); p++) {
            Plan plan = notice.plans().get(p);
            for (int t = 0; t < plan.tasks().size(); t++) {
                List<String> indicators = plan.tasks().get(t).indicators();
                for (int i = 0; i < indicators.size(); i++) {
                    if (!units.containsKey(indicators.get(i))) {
                        throw Checks.data(
                                "plans[" + p + "].tasks[" + t + "].indicators[" + i + "]",
                                indicators.get(i),
                                "no target measures this indicator");
                    }
                }
            }
        }
        notice.validity().ifPresent(v -> {
            citations.add(v.issued());
            citations.addAll(v.years());
        });
        for (int a = 0; a < notice.ambiguities().size(); a++) {
            Ambiguity amb = notice.ambiguities().get(a);
            String at = "ambiguities[" + a + "]";
            unique(ids, amb.id(), at + ".id");
            ambiguities.put(amb.id(), amb);
            citations.add(amb.citation());
            for (int e = 0; e < amb.elements().size(); e++) {
                String element = amb.elements().get(e);
                if (!targets.containsKey(element) && !subsidies.containsKey(element)) {
                    throw Checks.data(at + ".elements[" + e + "]", element, "no target or rule with this id");
                }
            }
            for (int r = 0; r < amb.alternatives().size(); r++) {
                List<Change> changes = amb.alternatives().get(r).changes();
                for (int c = 0; c < changes.size(); c++) {
                    Change change = changes.get(c);
                    if (change.ofTarget() != targets.containsKey(change.element())) {
                        throw Checks.data(
                                at + ".alternatives[" + r + "].changes[" + c + "]",
                                change.element(),
                                change.ofTarget()
                                        ? "changes a target's fields, but this is a rule"
                                        : "changes a rule's fields, but this is a target");
                    }
                }
            }
        }
        for (int a = 0; a < notice.amendments().size(); a++) {
            Amendment amendment = notice.amendments().get(a);
            String at = "amendments[" + a + "]";
            Subsidy rule = subsidies.get(amendment.rule());
            if (rule == null) {
                throw Checks.data(at + ".rule", amendment.rule(), "no money rule with this id");
            }
            if (!amendment.effective().isAfter(notice.date())) {
                throw Checks.data(
                        at + ".effective",
                        amendment.effective(),
                        "an amendment takes effect after the notice " + notice.date());
            }
            try {
                amendment.apply(rule);
            } catch (InvalidDataException e) {
                throw Checks.data(at + "." + e.field(), e.value(), e.rule());
            }
        }
    }

    private void target(
            Target target, Plan plan, Task task, String at, Map<String, String> ids, Map<String, Unit> units) {
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
                throw Checks.data(
                        at + ".baseline.year",
                        y,
                        "a baseline year is not after the horizon's end " + notice.lastYear());
            }
        });
        // a qualitative statement (unit NONE) may judge an indicator that is counted elsewhere
        Unit previous = target.unit() == Unit.NONE
                ? units.putIfAbsent(target.indicator(), Unit.NONE)
                : units.put(target.indicator(), target.unit());
        if (previous != null && previous != Unit.NONE && target.unit() != Unit.NONE && previous != target.unit()) {
            throw Checks.data(
                    at + ".unit",
                    target.unit(),
                    "indicator " + target.indicator() + " is measured in " + previous + " elsewhere");
        }
    }

    private void year(String field, int year) {
        if (year < notice.firstYear() || year > notice.lastYear()) {
            throw Checks.data(
                    field,
                    year,
                    "year must be within the notice's horizon " + notice.firstYear() + ".." + notice.lastYear());
        }
    }

    private static void unique(Map<String, String> ids, String id, String field) {
        String previous = ids.putIfAbsent(id, field);
        if (previous != null) {
            throw Checks.data(field, id, "id is already used at " + previous);
        }
    }

    private static <T> void put(Map<String, T> map, String id, T value, String field) {
        if (map.putIfAbsent(id, value) != null) {
            throw Checks.data(field, id, "id is used twice");
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
}
