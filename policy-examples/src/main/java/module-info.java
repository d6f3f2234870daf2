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
    // the embedding example (dev.zhengce.policy.examples.http) and the scorecard chart
    requires jdk.httpserver;
    requires transitive java.desktop;
    requires transitive org.jfree.jfreechart;

    exports dev.zhengce.policy.examples;
    exports dev.zhengce.policy.examples.cli;
    exports dev.zhengce.policy.examples.http;
    exports dev.zhengce.policy.examples.chart;

    opens dev.zhengce.policy.examples.cli to info.picocli;
}
