// zhengce JShell start-up: the SDK's API imported, the Mengzhou catalog loaded as `catalog`
// and its calculators as `policy`.
import java.math.BigDecimal;
import dev.zhengce.policy.model.*;
import dev.zhengce.policy.calc.*;
// Moneta logs its MathContext at INFO on first use; an analyst's session does not need it
var monetaLog = java.util.logging.Logger.getLogger("org.javamoney.moneta");
monetaLog.setLevel(java.util.logging.Level.WARNING);
var catalog = Catalog.mengzhou();
var policy = Policy.mengzhou();
System.out.println("zhengce: `catalog` is " + catalog.notice().number() + "; try catalog.plans(), policy.subsidies()");
