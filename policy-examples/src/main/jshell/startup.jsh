// zhengce JShell start-up: the SDK's API imported, the Mengzhou catalog loaded as `catalog`
// and its calculators as `policy`. JShell compiles each snippet separately, so the steps
// (loading, the greeting) are one call: JShellSession.start().
import java.math.BigDecimal;
import dev.zhengce.policy.model.*;
import dev.zhengce.policy.mengzhou.*;
import dev.zhengce.policy.calc.*;
var policy = dev.zhengce.policy.examples.JShellSession.start();
var catalog = policy.catalog();
