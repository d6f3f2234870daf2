/** The main job (a tour of the SDK), the command-line tool, the JShell entry and runnable examples. */
module dev.zhengce.policy.examples {
    requires transitive dev.zhengce.policy.calc;
    requires transitive dev.zhengce.policy.model;
    requires info.picocli;
    // the command-line tool's workbooks and progress bar
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;
    requires me.tongfei.progressbar;
    requires java.logging;
    // the scorecard chart
    requires transitive java.desktop;
    requires transitive org.jfree.jfreechart;
    // the JDBC ledger (dev.zhengce.policy.examples.ledger): Flyway for its schema, H2 for its
    // append-only trigger; the drivers are found by JDBC's service loader
    requires transitive java.sql;
    requires flyway.core;
    requires com.h2database;

    exports dev.zhengce.policy.examples;
    exports dev.zhengce.policy.examples.cli;
    exports dev.zhengce.policy.examples.chart;
    exports dev.zhengce.policy.examples.ledger;

    opens dev.zhengce.policy.examples.cli to
            info.picocli;
    // H2 makes the ledger's trigger by name
    opens dev.zhengce.policy.examples.ledger.h2 to
            com.h2database;
}
