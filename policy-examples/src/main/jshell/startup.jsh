// zhengce JShell start-up: the SDK's API imported, the Mengzhou catalog loaded as `catalog`.
import java.math.BigDecimal;
import dev.zhengce.policy.model.*;
var catalog = Catalog.mengzhou();
System.out.println("zhengce: `catalog` is " + catalog.notice().number() + "; try catalog.plans()");
