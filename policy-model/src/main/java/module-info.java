/**
 * The domain model of zhengce: immutable value types for a policy notice (plans, tasks,
 * milestones, targets, subsidy rules, departments), the hardened JSON mapping and the catalog's
 * loader and validator; beside them, in a package of its own, the bundled catalog of Mengzhou's
 * notice 孟政〔2017〕25号 ({@code dev.zhengce.policy.mengzhou}).
 *
 * <p>Money is the JSR-354 API ({@code java.money}); Moneta's core is the implementation,
 * found at run time through the API's service loader. Moneta 1.4.5's own module descriptor
 * requires the okhttp3 module (for exchange rates this SDK never loads), so applications run
 * the SDK on the class path.
 */
module dev.zhengce.policy.model {
    requires static transitive org.immutables.value.annotations;
    requires transitive java.money;
    requires java.logging;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.moneta;

    exports dev.zhengce.policy.model;
    exports dev.zhengce.policy.mengzhou;

    opens dev.zhengce.policy.model to
            com.fasterxml.jackson.databind;
    // the notice's JSON and text are resources of the package, open to whoever reads them
    opens dev.zhengce.policy.mengzhou;
}
