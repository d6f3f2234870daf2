package dev.zhengce.policy.examples;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Plan;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.Target;
import dev.zhengce.policy.model.Task;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The main job: a tour of the notice — its four plans, their tasks with the lead department,
 * the money rules and the targets — in Chinese or English ({@code --lang zh|en}).
 */
public final class Tour {
    private final Catalog catalog;
    private final Language language;
    private final PrintStream out;

    private Tour(Catalog catalog, Language language, PrintStream out) {
        this.catalog = catalog;
        this.language = language;
        this.out = out;
    }

    /**
     * Runs the tour.
     *
     * @param args {@code --lang zh} (default) or {@code --lang en}
     */
    public static void main(String[] args) {
        Language language = Language.ZH;
        for (int i = 0; i < args.length; i++) {
            if ("--lang".equals(args[i]) && i + 1 < args.length) {
                language = Language.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
            } else {
                System.err.println("usage: Tour [--lang zh|en]");
                System.exit(2);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        new Tour(Catalog.mengzhou(), language, out).run();
    }

    private void run() {
        out.println(catalog.notice().number() + " " + catalog.notice().title().in(language));
        out.println(catalog.notice().issuer().in(language) + ", " + catalog.notice().date());
        out.println();
        for (Plan plan : catalog.plans()) {
            out.println("■ " + plan.title().in(language) + "  [" + plan.id() + "]");
            for (Target target : plan.targets()) {
                out.println("    ◦ " + target);
            }
            for (Task task : plan.tasks()) {
                String lead = task.lead().map(id -> catalog.department(id).name().in(language)).orElse("—");
                out.println("  " + (task.kind() == Task.Kind.KEY_TASK ? "▸ " : "▹ ") + task.title().in(language)
                        + "  (" + label("牵头", "lead") + ": " + lead + ")");
                for (Subsidy rule : task.subsidies()) {
                    out.println("      ¥ " + rule);
                }
                for (Target target : task.targets()) {
                    out.println("      ◦ " + target);
                }
            }
            out.println();
        }
        out.println(label("目录版本", "catalog version") + " " + catalog.notice().version()
                + ", SHA-256 " + catalog.sha256());
    }

    private String label(String zh, String en) {
        return language == Language.ZH ? zh : en;
    }
}
