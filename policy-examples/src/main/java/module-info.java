/** The main job (a tour of the SDK), the JShell entry and runnable examples. */
module dev.zhengce.policy.examples {
    requires dev.zhengce.policy.calc;
    requires dev.zhengce.policy.model;
}
