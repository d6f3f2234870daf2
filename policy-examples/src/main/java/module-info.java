/** The main job (a tour of the SDK), the JShell entry and runnable examples. */
module dev.zhengce.policy.examples {
    requires dev.zhengce.policy.calc;
    requires dev.zhengce.policy.model;
    // the embedding example (dev.zhengce.policy.examples.http) and the scorecard chart
    requires jdk.httpserver;
    requires java.desktop;
    requires org.jfree.jfreechart;
}
