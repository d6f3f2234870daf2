package dev.zhengce.policy.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The bundled catalog of 孟政〔2017〕25号 built in Java, for a fast start: the same
 * notice as {@code mengzhou-2017-25.json}, which stays the catalog. Generated from it by
 * {@code CatalogSource} (policy-model's tests); do not edit by hand. After changing the JSON, run
 * {@code ./mvnw -pl policy-model test -Dtest=CatalogSourceTest -Dcatalog.update=true}.
 */
final class MengzhouNotice {
    private MengzhouNotice() {
    }

    /** Builds the notice, checking every value as the JSON mapper does. */
    static Notice notice() {
        return Notice.builder()
            .number("孟政〔2017〕25号")
            .title(Bilingual.of("孟州市人民政府关于印发孟州市推进工业绿色化改造攻坚方案等四个方案的通知", "Notice of the Mengzhou City People's Government on Issuing Four Plans, Including the Plan for Advancing the Green Transformation of Industry in Mengzhou"))
            .issuer(Bilingual.of("孟州市人民政府", "Mengzhou City People's Government"))
            .date(LocalDate.of(2017, 11, 24))
            .firstYear(2017)
            .lastYear(2020)
            .version("1.1.0")
            .references(List.of(
                "焦政〔2017〕24号 焦作市人民政府关于印发焦作市化解过剩产能攻坚方案等五个方案的通知",
                "孟发〔2017〕10号 中共孟州市委孟州市人民政府印发关于打好转型发展攻坚战的实施方案",
                "焦政〔2015〕8号 焦作市人民政府关于促进科技金融结合支持科技型中小微企业发展的意见",
                "中共焦作市委 焦作市人民政府关于加快培育大企业集团的实施意见",
                "中共焦作市委 焦作市人民政府关于支持工业发展的28条意见",
                "河南省重点鼓励使用优质工业产品目录",
                "省实施“三品”专项加快工业新产品开发和推广应用的意见"))
            .departments(List.of(
                Department.builder()
                    .id("industry-it")
                    .name(Bilingual.of("市工业和信息化委", "Municipal Commission of Industry and Information Technology"))
                    .aliases(List.of(
                        "工业和信息化委"))
                    .build(),
                Department.builder()
                    .id("development-reform")
                    .name(Bilingual.of("发展改革委", "Development and Reform Commission"))
                    .aliases(List.of(
                        "市发展改革委"))
                    .build(),
                Department.builder()
                    .id("environmental-protection")
                    .name(Bilingual.of("环境保护局", "Environmental Protection Bureau"))
                    .aliases(List.of(
                        "市环境保护局",
                        "环保局",
                        "市环保局"))
                    .build(),
                Department.builder()
                    .id("water-resources")
                    .name(Bilingual.of("水利局", "Water Resources Bureau"))
                    .build(),
                Department.builder()
                    .id("finance")
                    .name(Bilingual.of("财政局", "Finance Bureau"))
                    .aliases(List.of(
                        "市财政局"))
                    .build(),
                Department.builder()
                    .id("science-technology")
                    .name(Bilingual.of("科技局", "Science and Technology Bureau"))
                    .aliases(List.of(
                        "市科技局"))
                    .build(),
                Department.builder()
                    .id("commerce")
                    .name(Bilingual.of("商务局", "Commerce Bureau"))
                    .build(),
                Department.builder()
                    .id("financial-affairs")
                    .name(Bilingual.of("市政府金融办", "Financial Affairs Office of the Municipal Government"))
                    .build(),
                Department.builder()
                    .id("state-taxation")
                    .name(Bilingual.of("国税局", "State Taxation Bureau"))
                    .build(),
                Department.builder()
                    .id("local-taxation")
                    .name(Bilingual.of("地税局", "Local Taxation Bureau"))
                    .build(),
                Department.builder()
                    .id("work-safety")
                    .name(Bilingual.of("安全监管局", "Work Safety Supervision Bureau"))
                    .build(),
                Department.builder()
                    .id("housing-urban-rural")
                    .name(Bilingual.of("住房城乡建设局", "Housing and Urban-Rural Development Bureau"))
                    .build(),
                Department.builder()
                    .id("quality-supervision")
                    .name(Bilingual.of("质监局", "Quality and Technical Supervision Bureau"))
                    .aliases(List.of(
                        "市质监局"))
                    .build(),
                Department.builder()
                    .id("industry-commerce-admin")
                    .name(Bilingual.of("工商局", "Administration for Industry and Commerce"))
                    .build(),
                Department.builder()
                    .id("intellectual-property")
                    .name(Bilingual.of("知识产权局", "Intellectual Property Office"))
                    .build(),
                Department.builder()
                    .id("statistics")
                    .name(Bilingual.of("统计局", "Statistics Bureau"))
                    .aliases(List.of(
                        "市统计局"))
                    .build(),
                Department.builder()
                    .id("food-drug")
                    .name(Bilingual.of("食药局", "Food and Drug Administration"))
                    .build(),
                Department.builder()
                    .id("health-family-planning")
                    .name(Bilingual.of("卫计委", "Health and Family Planning Commission"))
                    .build(),
                Department.builder()
                    .id("education")
                    .name(Bilingual.of("教育局", "Education Bureau"))
                    .build(),
                Department.builder()
                    .id("human-resources")
                    .name(Bilingual.of("人力资源社会保障局", "Human Resources and Social Security Bureau"))
                    .build(),
                Department.builder()
                    .id("land-resources")
                    .name(Bilingual.of("国土资源局", "Land and Resources Bureau"))
                    .build(),
                Department.builder()
                    .id("real-estate")
                    .name(Bilingual.of("房产管理中心", "Real Estate Management Center"))
                    .build(),
                Department.builder()
                    .id("state-assets")
                    .name(Bilingual.of("市政府国资办", "State-owned Assets Office of the Municipal Government"))
                    .build(),
                Department.builder()
                    .id("staffing-office")
                    .name(Bilingual.of("市编办", "Public Sector Staffing Office"))
                    .build(),
                Department.builder()
                    .id("talent-office")
                    .name(Bilingual.of("人才办", "Talent Office"))
                    .build()))
            .plans(List.of(
                plan_green_transformation(),
                plan_intelligent_transformation(),
                plan_technical_renovation(),
                plan_technological_innovation()))
            .validity(Validity.builder()
                .issued(Citation.of("孟州市人民政府办公室 2017年11月24日印发"))
                .years(List.of(
                    Citation.of("——2017年,推动40家规模以上工业企业实施技术改造,完成技术改造投资不低于40亿元,技术改造投资占工业投资的比重达到15%。"),
                    Citation.of("——2020年前,引导全市规模以上工业企业普遍完成新一轮技术改造,完成技术改造投资不低于240亿元,技术改造投资占工业投资的比重超过30%。")))
                .unknown(Bilingual.of("文件未规定有效期，也未说明2020年以后其规则是否继续适用。", "The text states no expiry and does not say whether its rules still apply after 2020."))
                .endings(List.of(
                    Ending.builder()
                        .document("豫政〔2017〕22号")
                        .relation(Bilingual.of("省级上位文件", "the notice's provincial parent"))
                        .endedBy("豫政〔2023〕7号")
                        .year(2023)
                        .source(Bilingual.of("河南省人民政府门户网站将豫政〔2017〕22号标注为已被豫政〔2023〕7号废止（据议题15的记录；本项目未保存网页地址，废止的日期未核实）", "The Henan provincial government's site marks 豫政〔2017〕22号 as repealed by 豫政〔2023〕7号 (as issue 15 records it; the page address was not kept and the day was not checked)"))
                        .build()))
                .build())
            .ambiguities(List.of(
                Ambiguity.builder()
                    .id("cultivated-count")
                    .question(Bilingual.of("“某年培育N家”是到该年为止的存量，还是该年新增的数量？", "Does “培育 N in year Y” count what exists by Y (a level) or what is added in Y (a flow)?"))
                    .citation(Citation.of("时间节点:2017年培育1家市级制造业创新中心。"))
                    .elements(List.of(
                        "city-innovation-centers-about-2017",
                        "city-innovation-centers-2017",
                        "provincial-innovation-centers-plan-2020",
                        "city-innovation-centers-plan-2020",
                        "provincial-innovation-centers-2020",
                        "city-innovation-centers-2020"))
                    .reading(Reading.builder()
                        .id("level")
                        .description(Bilingual.of("到该年为止已有的数量（BY_YEAR）", "the number there is by that year (BY_YEAR)"))
                        .reason(Bilingual.of("数量是年度目标的终点：2017年为起点，存量即新增；2020年“培育1家省级、3家左右市级”读作届时已有的中心", "a yearly target states where things stand: in 2017, the first year, level and flow agree; by 2020 “1 provincial, about 3 city centers” is how many there are"))
                        .build())
                    .alternatives(List.of(
                        Reading.builder()
                            .id("flow")
                            .description(Bilingual.of("该年新培育的数量（IN_YEAR）", "the number newly cultivated in that year (IN_YEAR)"))
                            .reason(Bilingual.of("“培育”是动作，像“力争新培育1家省创新龙头企业”一样计该年的新增", "培育 is an action: like “力争新培育1家省创新龙头企业” it counts what is added that year"))
                            .changes(List.of(
                                Change.builder()
                                    .element("city-innovation-centers-about-2017")
                                    .period(Period.IN_YEAR)
                                    .build(),
                                Change.builder()
                                    .element("city-innovation-centers-2017")
                                    .period(Period.IN_YEAR)
                                    .build(),
                                Change.builder()
                                    .element("provincial-innovation-centers-plan-2020")
                                    .period(Period.IN_YEAR)
                                    .build(),
                                Change.builder()
                                    .element("city-innovation-centers-plan-2020")
                                    .period(Period.IN_YEAR)
                                    .build(),
                                Change.builder()
                                    .element("provincial-innovation-centers-2020")
                                    .period(Period.IN_YEAR)
                                    .build(),
                                Change.builder()
                                    .element("city-innovation-centers-2020")
                                    .period(Period.IN_YEAR)
                                    .build()))
                            .build()))
                    .build(),
                Ambiguity.builder()
                    .id("renovation-investment-total")
                    .question(Bilingual.of("技术改造投资40亿、80亿、240亿：前两个是当年完成额，还是和240亿一样从2017年起累计？", "Renovation investment of 40, 80 and 240亿元: are the first two the amounts of their year, or running totals from 2017 like the 240亿?"))
                    .citation(Citation.of("——2020年前,引导全市规模以上工业企业普遍完成新一轮技术改造,完成技术改造投资不低于240亿元,技术改造投资占工业投资的比重超过30%。"))
                    .elements(List.of(
                        "renovation-investment-2018",
                        "renovation-investment-2017-2020"))
                    .reading(Reading.builder()
                        .id("yearly-amounts")
                        .description(Bilingual.of("40亿、80亿为当年完成额，240亿为2017—2020年合计", "40 and 80亿 are what is completed in 2017 and in 2018; 240亿 is the sum of 2017–2020"))
                        .reason(Bilingual.of("40亿、80亿写在各自年份的目标下，240亿写在“2020年前”下", "40 and 80亿 stand under their own years, 240亿 under “2020年前” (by 2020)"))
                        .build())
                    .alternatives(List.of(
                        Reading.builder()
                            .id("running-total")
                            .description(Bilingual.of("三个数都是自2017年起的累计：2018年的80亿含2017年的40亿", "all three are running totals from 2017: the 80亿 of 2018 includes the 40亿 of 2017"))
                            .reason(Bilingual.of("40、80、240逐年递增，像一条累计进度线；否则2019、2020两年还需完成120亿", "40, 80, 240 rise like a running total; read as yearly amounts, 2019–2020 would still need 120亿"))
                            .changes(List.of(
                                Change.builder()
                                    .element("renovation-investment-2018")
                                    .period(Period.CUMULATIVE)
                                    .fromYear(2017)
                                    .build()))
                            .build()))
                    .build(),
                Ambiguity.builder()
                    .id("universal-renovation")
                    .question(Bilingual.of("“普遍完成新一轮技术改造”是（近）全覆盖，还是无法量化的判断？", "Is “普遍完成新一轮技术改造” (near) full coverage, or a judgement that cannot be counted?"))
                    .citation(Citation.of("到2020年,引导全市规模以上工业企业普遍完成新一轮技术改造,技术改造投资占工业投资的比重由10%提高到30%以上。"))
                    .elements(List.of(
                        "renovation-coverage-2020",
                        "renovation-coverage-by-2020"))
                    .reading(Reading.builder()
                        .id("full-coverage")
                        .description(Bilingual.of("（近）全部规模以上企业，门槛由分析人员给出", "(nearly) every above-scale enterprise, with a threshold the analyst states"))
                        .reason(Bilingual.of("任务中写明“到2020年完成全市规模以上工业企业新一轮技术改造”；较低的门槛即此读法下较低的 --threshold", "the task says “到2020年完成全市规模以上工业企业新一轮技术改造” (all of them); a lower bar is this reading with a lower --threshold"))
                        .build())
                    .alternatives(List.of(
                        Reading.builder()
                            .id("qualitative")
                            .description(Bilingual.of("定性目标，需要判断", "a qualitative goal that needs a judgement"))
                            .reason(Bilingual.of("“普遍”不是数字，文件没有给出门槛", "普遍 (generally) is not a number, and the notice gives no threshold"))
                            .changes(List.of(
                                Change.builder()
                                    .element("renovation-coverage-2020")
                                    .comparison(Comparison.QUALITATIVE)
                                    .build(),
                                Change.builder()
                                    .element("renovation-coverage-by-2020")
                                    .comparison(Comparison.QUALITATIVE)
                                    .build()))
                            .build()))
                    .build(),
                Ambiguity.builder()
                    .id("emission-quota-years")
                    .question(Bilingual.of("排放量“控制在国家下达的目标范围内”：只看2020年，还是每一年？", "Emissions “within the quota assigned by the state”: in 2020 only, or in every year?"))
                    .citation(Citation.of("节能环保产业竞争力显著提高,二氧化硫、氮氧化物、化学需氧量、氨氮排放量均控制在国家下达的目标范围内。"))
                    .elements(List.of(
                        "green-so2-emissions-2020",
                        "green-nox-emissions-2020",
                        "green-cod-emissions-2020",
                        "green-ammonia-nitrogen-emissions-2020"))
                    .reading(Reading.builder()
                        .id("in-2020")
                        .description(Bilingual.of("2020年的排放量在指标以内", "the 2020 emissions are within the quota"))
                        .reason(Bilingual.of("与前句“到2020年”同属总体要求中2020年要达到的状态", "it follows “到2020年” in the same overall goals: a state to reach by 2020"))
                        .build())
                    .alternatives(List.of(
                        Reading.builder()
                            .id("every-year")
                            .description(Bilingual.of("2017—2020年每年都在指标以内", "within the quota in every year 2017–2020"))
                            .reason(Bilingual.of("国家按年度下达排放总量指标，“控制在…范围内”可读作每年都要做到", "the state assigns emission quotas year by year, so “kept within” can mean every year"))
                            .changes(List.of(
                                Change.builder()
                                    .element("green-so2-emissions-2020")
                                    .period(Period.EACH_YEAR)
                                    .fromYear(2017)
                                    .build(),
                                Change.builder()
                                    .element("green-nox-emissions-2020")
                                    .period(Period.EACH_YEAR)
                                    .fromYear(2017)
                                    .build(),
                                Change.builder()
                                    .element("green-cod-emissions-2020")
                                    .period(Period.EACH_YEAR)
                                    .fromYear(2017)
                                    .build(),
                                Change.builder()
                                    .element("green-ammonia-nitrogen-emissions-2020")
                                    .period(Period.EACH_YEAR)
                                    .fromYear(2017)
                                    .build()))
                            .build()))
                    .build(),
                Ambiguity.builder()
                    .id("green-subsidy-base")
                    .question(Bilingual.of("绿色化改造示范项目“按照节能降耗效果和投资规模的一定比例给予补助”：比例乘以新增投资，还是项目总投资？", "The green demonstration subsidy, “a certain ratio by the energy saved and the scale of investment”: a share of the new investment, or of the total investment?"))
                    .citation(Citation.of("对于新增投资额1000万元以上的重大节能、节水、清洁生产和基础工艺绿色化改造示范项目,按照节能降耗效果和投资规模的一定比例给予补助。"))
                    .elements(List.of(
                        "green-demonstration-subsidy"))
                    .reading(Reading.builder()
                        .id("new-investment")
                        .description(Bilingual.of("新增投资额的一定比例", "a share of the new investment"))
                        .reason(Bilingual.of("同一句的门槛按“新增投资额”计，投资规模读作同一笔新增投资", "the same sentence sets its threshold on the new investment (新增投资额); the scale is read as that investment"))
                        .build())
                    .alternatives(List.of(
                        Reading.builder()
                            .id("total-investment")
                            .description(Bilingual.of("项目总投资的一定比例", "a share of the project's total investment"))
                            .reason(Bilingual.of("“投资规模”没有说“新增”，可指项目的总投资", "“投资规模” (scale of investment) does not say “new”, and can mean the whole project's"))
                            .changes(List.of(
                                Change.builder()
                                    .element("green-demonstration-subsidy")
                                    .basis(List.of(
                                        "total-investment"))
                                    .build()))
                            .build()))
                    .build(),
                Ambiguity.builder()
                    .id("differential-price-form")
                    .question(Bilingual.of("“差别电价”是按电价加收一定比例，还是每千瓦时加价若干元？", "Is 差别电价 a rate on the price of electricity, or a surcharge in yuan per kWh?"))
                    .citation(Citation.of("对未达到国家强制性标准限定值的企业实施差别电价政策,倒逼企业对标提升。"))
                    .elements(List.of(
                        "differential-electricity-price"))
                    .reading(Reading.builder()
                        .id("rate")
                        .description(Bilingual.of("按电价的一定比例加价，比例由地方确定", "a rate on the price, left to local decision"))
                        .reason(Bilingual.of("文中只写“实施差别电价政策”，目录将加价记作比例，留待地方确定", "the text only says the policy is applied; the catalog records the surcharge as a rate left to local decision"))
                        .build())
                    .alternatives(List.of(
                        Reading.builder()
                            .id("per-kwh")
                            .description(Bilingual.of("每千瓦时加价若干元（元/千瓦时）", "a surcharge of so many yuan per kWh (元/kWh)"))
                            .reason(Bilingual.of("国家的差别电价政策按每千瓦时加价规定", "the national differential-price policy sets surcharges per kWh"))
                            .changes(List.of(
                                Change.builder()
                                    .element("differential-electricity-price")
                                    .localParameters(List.of(
                                        LocalParameter.builder()
                                            .kind(LocalParameter.Kind.AMOUNT)
                                            .wording("差别电价")
                                            .note(Bilingual.of("每千瓦时的加价（元/千瓦时）文中未规定", "the surcharge per kWh (元/kWh) is not stated in the text"))
                                            .build()))
                                    .build()))
                            .build()))
                    .build()))
            .build();
    }

    /** Task {@code energy-water-leaders}. */
    private static Task task_energy_water_leaders() {
        return Task.builder()
            .id("energy-water-leaders")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("实施能效水效领跑者行动", "Energy- and water-efficiency leaders action"))
            .departments(List.of(
                "industry-it",
                "development-reform",
                "environmental-protection",
                "water-resources"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、发展改革委、环境保护局、水利局"))
            .milestones(List.of(
                Milestone.builder()
                    .everyYear(false)
                    .description(Bilingual.of("持续开展企业能效水效对标提升活动", "Keep running energy- and water-efficiency benchmarking among enterprises"))
                    .citation(Citation.of("持续开展企业能效水效对标提升活动。"))
                    .build()))
            .targets(List.of(
                Target.builder()
                    .id("efficiency-leaders-2020")
                    .indicator("efficiency-leader-enterprises")
                    .description(Bilingual.of("进入国家能效、水效“领跑者”名单的企业", "Enterprises on the national energy- or water-efficiency leaders list"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年1家企业进入国家能效、水效“领跑者”名单。"))
                    .build()))
            .subsidies(List.of(
                Subsidy.builder()
                    .id("green-demonstration-subsidy")
                    .name(Bilingual.of("绿色化改造示范项目补助", "Green-transformation demonstration project subsidy"))
                    .kind(Subsidy.Kind.PROPORTIONAL)
                    .recipient(Bilingual.of("新增投资额1000万元以上的重大节能、节水、清洁生产和基础工艺绿色化改造示范项目", "Major energy-saving, water-saving, clean-production and basic-process green demonstration projects with new investment of 10 million yuan or more"))
                    .basis(List.of(
                        "new-investment"))
                    .oneTime(false)
                    .everyYear(false)
                    .conditions(List.of(
                        Condition.builder()
                            .fact("new-investment")
                            .comparison(Comparison.AT_LEAST)
                            .amount(Cny.of(new BigDecimal("10000000")))
                            .citation(Citation.of("对于新增投资额1000万元以上的重大节能、节水、清洁生产和基础工艺绿色化改造示范项目,按照节能降耗效果和投资规模的一定比例给予补助。"))
                            .build()))
                    .payerNote(Bilingual.of("句中未写明由哪一级财政补助", "the sentence names no treasury (财政) that pays"))
                    .localParameters(List.of(
                        LocalParameter.builder()
                            .kind(LocalParameter.Kind.RATE)
                            .wording("一定比例")
                            .note(Bilingual.of("按照节能降耗效果和投资规模", "set by the energy saved and the scale of the investment"))
                            .build()))
                    .citation(Citation.of("对于新增投资额1000万元以上的重大节能、节水、清洁生产和基础工艺绿色化改造示范项目,按照节能降耗效果和投资规模的一定比例给予补助。"))
                    .build(),
                Subsidy.builder()
                    .id("differential-electricity-price")
                    .name(Bilingual.of("差别电价", "Differential electricity price"))
                    .kind(Subsidy.Kind.SURCHARGE)
                    .recipient(Bilingual.of("未达到国家强制性标准限定值的企业", "Enterprises that do not meet the limits of the mandatory national standards"))
                    .basis(List.of(
                        "electricity-consumption"))
                    .oneTime(false)
                    .everyYear(false)
                    .localParameters(List.of(
                        LocalParameter.builder()
                            .kind(LocalParameter.Kind.RATE)
                            .wording("差别电价")
                            .note(Bilingual.of("加价标准文中未规定", "the surcharge rate is not stated in the text"))
                            .build()))
                    .citation(Citation.of("对未达到国家强制性标准限定值的企业实施差别电价政策,倒逼企业对标提升。"))
                    .build()))
            .citation(Citation.of("实施能效水效领跑者行动"))
            .build();
    }

    /** Task {@code green-demonstration-factory}. */
    private static Task task_green_demonstration_factory() {
        return Task.builder()
            .id("green-demonstration-factory")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("推动绿色示范工厂建设", "Green demonstration factories"))
            .departments(List.of(
                "industry-it",
                "development-reform",
                "environmental-protection"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、发展改革委、环境保护局", 2))
            .targets(List.of(
                Target.builder()
                    .id("green-factories-2020")
                    .indicator("green-demonstration-factories")
                    .description(Bilingual.of("绿色示范工厂", "Green demonstration factories built"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年建设1家绿色示范工厂。"))
                    .build()))
            .citation(Citation.of("推动绿色示范工厂建设"))
            .build();
    }

    /** Task {@code clean-production}. */
    private static Task task_clean_production() {
        return Task.builder()
            .id("clean-production")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("实施重点行业清洁生产提升行动", "Clean production in key industries"))
            .departments(List.of(
                "environmental-protection",
                "industry-it",
                "development-reform"))
            .responsibility(Citation.of("责任单位:市环境保护局、工业和信息化委、发展改革委"))
            .milestones(List.of(
                Milestone.builder()
                    .year(2017)
                    .everyYear(false)
                    .description(Bilingual.of("对化工行业重点企业开展强制性清洁生产审核", "Mandatory clean-production audits of key chemical enterprises"))
                    .citation(Citation.of("2017年,对化工行业重点企业开展强制性清洁生产审核。"))
                    .build()))
            .targets(List.of(
                Target.builder()
                    .id("mandatory-audit-coverage-2018")
                    .indicator("mandatory-audit-coverage")
                    .description(Bilingual.of("重点企业强制性清洁生产审核基本实现全覆盖", "Mandatory clean-production audits of key enterprises: basically full coverage"))
                    .comparison(Comparison.FULL_COVERAGE)
                    .unit(Unit.PERCENT)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("2018年基本实现重点企业强制性清洁生产审核全覆盖。"))
                    .build(),
                Target.builder()
                    .id("voluntary-audits-2018")
                    .indicator("voluntary-audit-enterprises")
                    .description(Bilingual.of("开展自愿性清洁生产审核的企业", "Enterprises carrying out voluntary clean-production audits"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2018)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("2018年推动1家企业开展自愿性清洁生产审核,到2020年达2至4家。"))
                    .build(),
                Target.builder()
                    .id("voluntary-audits-2020")
                    .indicator("voluntary-audit-enterprises")
                    .description(Bilingual.of("开展自愿性清洁生产审核的企业达2至4家", "Enterprises carrying out voluntary clean-production audits: 2 to 4"))
                    .comparison(Comparison.BETWEEN)
                    .value(new BigDecimal("2"))
                    .upper(new BigDecimal("4"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("2018年推动1家企业开展自愿性清洁生产审核,到2020年达2至4家。"))
                    .build()))
            .citation(Citation.of("实施重点行业清洁生产提升行动"))
            .build();
    }

    /** Task {@code energy-saving-industry}. */
    private static Task task_energy_saving_industry() {
        return Task.builder()
            .id("energy-saving-industry")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("大力发展节能环保产业", "Energy-saving and environmental-protection industry"))
            .departments(List.of(
                "industry-it",
                "development-reform",
                "environmental-protection",
                "housing-urban-rural"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、发展改革委、环境保护局、住房城乡建设局"))
            .milestones(List.of(
                Milestone.builder()
                    .year(2020)
                    .everyYear(false)
                    .description(Bilingual.of("2020年前培育一批高水平、专业化节能环保型企业", "By 2020, cultivate a group of high-level, specialised energy-saving and environmental enterprises"))
                    .citation(Citation.of("大力培育节能环保装备及服务龙头企业,2020年前培育一批高水平、专业化节能环保型企业。"))
                    .build()))
            .citation(Citation.of("大力发展节能环保产业"))
            .build();
    }

    /** Task {@code green-coordination}. */
    private static Task task_green_coordination() {
        return Task.builder()
            .id("green-coordination")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("完善推进机制", "Coordination mechanism"))
            .departments(List.of(
                "industry-it",
                "development-reform",
                "environmental-protection",
                "work-safety"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、发展改革委、环境保护局、安全监管局"))
            .citation(Citation.of("完善推进机制。"))
            .build();
    }

    /** Task {@code green-funding}. */
    private static Task task_green_funding() {
        return Task.builder()
            .id("green-funding")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("加大资金扶持力度", "More financial support"))
            .departments(List.of(
                "finance",
                "industry-it",
                "development-reform",
                "science-technology",
                "commerce",
                "financial-affairs",
                "state-taxation",
                "local-taxation"))
            .responsibility(Citation.of("责任单位:市财政局、工业和信息化委、发展改革委、科技局、商务局、市政府金融办、国税局、地税局"))
            .citation(Citation.of("(二)加大资金扶持力度。"))
            .build();
    }

    /** Task {@code energy-inspection}. */
    private static Task task_energy_inspection() {
        return Task.builder()
            .id("energy-inspection")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("开展专项节能监察", "Special energy-saving inspections"))
            .departments(List.of(
                "industry-it",
                "development-reform",
                "environmental-protection"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、发展改革委、环境保护局", 5))
            .citation(Citation.of("开展专项节能监察。"))
            .build();
    }

    /** Plan {@code green-transformation}. */
    private static Plan plan_green_transformation() {
        return Plan.builder()
            .id("green-transformation")
            .title(Bilingual.of("孟州市推进工业绿色化改造攻坚方案", "Plan for Advancing the Green Transformation of Industry in Mengzhou"))
            .basis(List.of(
                "焦作市人民政府关于印发焦作市化解过剩产能攻坚方案等五个方案的通知"))
            .targets(List.of(
                Target.builder()
                    .id("green-energy-intensity-2020")
                    .indicator("energy-intensity")
                    .description(Bilingual.of("规模以上单位工业增加值能耗比2016年降低18%", "Energy use per unit of industrial value added of above-scale units at least 18% below 2016"))
                    .comparison(Comparison.REDUCTION)
                    .value(new BigDecimal("18"))
                    .baseline(Baseline.builder()
                        .year(2016)
                        .build())
                    .unit(Unit.PERCENT)
                    .levelUnit(Unit.TCE_PER_10K_YUAN)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,我市绿色制造水平明显提高,绿色化改造实现多领域、全行业的拓展,规模以上单位工业增加值能耗比2016年降低18%。"))
                    .build(),
                Target.builder()
                    .id("green-manufacturing-level-2020")
                    .indicator("green-manufacturing-level")
                    .description(Bilingual.of("绿色制造水平明显提高", "Green manufacturing markedly improved"))
                    .comparison(Comparison.QUALITATIVE)
                    .unit(Unit.NONE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,我市绿色制造水平明显提高,绿色化改造实现多领域、全行业的拓展,规模以上单位工业增加值能耗比2016年降低18%。"))
                    .build(),
                Target.builder()
                    .id("green-scope-2020")
                    .indicator("green-transformation-scope")
                    .description(Bilingual.of("绿色化改造实现多领域、全行业的拓展", "Green transformation extended to many fields and every industry"))
                    .comparison(Comparison.QUALITATIVE)
                    .unit(Unit.NONE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,我市绿色制造水平明显提高,绿色化改造实现多领域、全行业的拓展,规模以上单位工业增加值能耗比2016年降低18%。"))
                    .build(),
                Target.builder()
                    .id("green-industry-competitiveness-2020")
                    .indicator("green-industry-competitiveness")
                    .description(Bilingual.of("节能环保产业竞争力显著提高", "Competitiveness of the energy-saving and environmental industry markedly improved"))
                    .comparison(Comparison.QUALITATIVE)
                    .unit(Unit.NONE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("节能环保产业竞争力显著提高,二氧化硫、氮氧化物、化学需氧量、氨氮排放量均控制在国家下达的目标范围内。"))
                    .build(),
                Target.builder()
                    .id("green-so2-emissions-2020")
                    .indicator("so2-emissions")
                    .description(Bilingual.of("二氧化硫排放量控制在国家下达的目标范围内", "Sulphur dioxide emissions within the quota assigned by the state"))
                    .comparison(Comparison.WITHIN_QUOTA)
                    .unit(Unit.TONNE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("节能环保产业竞争力显著提高,二氧化硫、氮氧化物、化学需氧量、氨氮排放量均控制在国家下达的目标范围内。"))
                    .build(),
                Target.builder()
                    .id("green-nox-emissions-2020")
                    .indicator("nox-emissions")
                    .description(Bilingual.of("氮氧化物排放量控制在国家下达的目标范围内", "Nitrogen oxides emissions within the quota assigned by the state"))
                    .comparison(Comparison.WITHIN_QUOTA)
                    .unit(Unit.TONNE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("节能环保产业竞争力显著提高,二氧化硫、氮氧化物、化学需氧量、氨氮排放量均控制在国家下达的目标范围内。"))
                    .build(),
                Target.builder()
                    .id("green-cod-emissions-2020")
                    .indicator("cod-emissions")
                    .description(Bilingual.of("化学需氧量排放量控制在国家下达的目标范围内", "Chemical oxygen demand emissions within the quota assigned by the state"))
                    .comparison(Comparison.WITHIN_QUOTA)
                    .unit(Unit.TONNE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("节能环保产业竞争力显著提高,二氧化硫、氮氧化物、化学需氧量、氨氮排放量均控制在国家下达的目标范围内。"))
                    .build(),
                Target.builder()
                    .id("green-ammonia-nitrogen-emissions-2020")
                    .indicator("ammonia-nitrogen-emissions")
                    .description(Bilingual.of("氨氮排放量控制在国家下达的目标范围内", "Ammonia nitrogen emissions within the quota assigned by the state"))
                    .comparison(Comparison.WITHIN_QUOTA)
                    .unit(Unit.TONNE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("节能环保产业竞争力显著提高,二氧化硫、氮氧化物、化学需氧量、氨氮排放量均控制在国家下达的目标范围内。"))
                    .build(),
                Target.builder()
                    .id("green-block-smart-workshops-2017")
                    .indicator("smart-workshops")
                    .description(Bilingual.of("2017年培育智能车间", "Smart workshops cultivated in 2017"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2017)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2017年,培育1个智能车间。"))
                    .build(),
                Target.builder()
                    .id("green-block-smart-workshops-2018")
                    .indicator("smart-workshops")
                    .description(Bilingual.of("2018年培育智能车间", "Smart workshops cultivated in 2018"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2018)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2018年,培育1个智能车间,两化融合管理体系贯标企业达到1家、对标企业达到5家。"))
                    .build(),
                Target.builder()
                    .id("green-block-iim-certified-2018")
                    .indicator("iim-certified-enterprises")
                    .description(Bilingual.of("两化融合管理体系贯标企业达到1家", "Enterprises certified to the integration management standard (贯标): 1 by 2018"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2018年,培育1个智能车间,两化融合管理体系贯标企业达到1家、对标企业达到5家。"))
                    .build(),
                Target.builder()
                    .id("green-block-iim-benchmarked-2018")
                    .indicator("iim-benchmarked-enterprises")
                    .description(Bilingual.of("两化融合管理体系对标企业达到5家", "Enterprises benchmarked against the integration management standard (对标): 5 by 2018"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("5"))
                    .unit(Unit.COUNT)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2018年,培育1个智能车间,两化融合管理体系贯标企业达到1家、对标企业达到5家。"))
                    .build(),
                Target.builder()
                    .id("green-block-smart-workshops-2020")
                    .indicator("smart-workshops")
                    .description(Bilingual.of("2020年培育智能车间", "Smart workshops cultivated in 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("2"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2020年,培育2个智能车间,智能工厂1个,两化融合管理体系贯标企业达到2家、对标企业达到10家。"))
                    .build(),
                Target.builder()
                    .id("green-block-smart-factories-2020")
                    .indicator("smart-factories")
                    .description(Bilingual.of("2020年智能工厂", "Smart factories in 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2020年,培育2个智能车间,智能工厂1个,两化融合管理体系贯标企业达到2家、对标企业达到10家。"))
                    .build(),
                Target.builder()
                    .id("green-block-iim-certified-2020")
                    .indicator("iim-certified-enterprises")
                    .description(Bilingual.of("两化融合管理体系贯标企业达到2家", "Enterprises certified to the integration management standard (贯标): 2 by 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("2"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2020年,培育2个智能车间,智能工厂1个,两化融合管理体系贯标企业达到2家、对标企业达到10家。"))
                    .build(),
                Target.builder()
                    .id("green-block-iim-benchmarked-2020")
                    .indicator("iim-benchmarked-enterprises")
                    .description(Bilingual.of("两化融合管理体系对标企业达到10家", "Enterprises benchmarked against the integration management standard (对标): 10 by 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("10"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2020年,培育2个智能车间,智能工厂1个,两化融合管理体系贯标企业达到2家、对标企业达到10家。"))
                    .build()))
            .tasks(List.of(
                task_energy_water_leaders(),
                task_green_demonstration_factory(),
                task_clean_production(),
                task_energy_saving_industry(),
                task_green_coordination(),
                task_green_funding(),
                task_energy_inspection()))
            .citation(Citation.of("孟州市推进工业绿色化改造攻坚方案", 3))
            .build();
    }

    /** Task {@code integration-standards}. */
    private static Task task_integration_standards() {
        return Task.builder()
            .id("integration-standards")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("建设两化融合标准体系", "Standard system for integrating informatization and industrialization"))
            .departments(List.of(
                "industry-it",
                "development-reform",
                "finance"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、发展改革委、财政局", 1))
            .targets(List.of(
                Target.builder()
                    .id("iim-certified-each-year")
                    .indicator("iim-certified-enterprises")
                    .description(Bilingual.of("每年推动1家以上贯标企业", "Each year from 2018, at least 1 more enterprise certified to the integration management standard (贯标)"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .fromYear(2018)
                    .period(Period.EACH_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("从2018年起,每年分别推动1家以上贯标企业、5家以上对标企业,到2020年贯标企业达到2家、对标企业达到15家;"))
                    .build(),
                Target.builder()
                    .id("iim-benchmarked-each-year")
                    .indicator("iim-benchmarked-enterprises")
                    .description(Bilingual.of("每年推动5家以上对标企业", "Each year from 2018, at least 5 more enterprises benchmarked against the standard (对标)"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("5"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .fromYear(2018)
                    .period(Period.EACH_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("从2018年起,每年分别推动1家以上贯标企业、5家以上对标企业,到2020年贯标企业达到2家、对标企业达到15家;"))
                    .build(),
                Target.builder()
                    .id("iim-certified-2020")
                    .indicator("iim-certified-enterprises")
                    .description(Bilingual.of("到2020年贯标企业达到2家", "Enterprises certified to the integration management standard (贯标): 2 by 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("2"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("从2018年起,每年分别推动1家以上贯标企业、5家以上对标企业,到2020年贯标企业达到2家、对标企业达到15家;"))
                    .build(),
                Target.builder()
                    .id("iim-benchmarked-2020")
                    .indicator("iim-benchmarked-enterprises")
                    .description(Bilingual.of("到2020年对标企业达到15家", "Enterprises benchmarked against the standard (对标): 15 by 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("15"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("从2018年起,每年分别推动1家以上贯标企业、5家以上对标企业,到2020年贯标企业达到2家、对标企业达到15家;"))
                    .build(),
                Target.builder()
                    .id("intelligent-enterprises-2018")
                    .indicator("intelligent-transformation-enterprises")
                    .description(Bilingual.of("实施智能化改造的企业达到2家", "Enterprises carrying out intelligent transformation: 2 by 2018"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("2"))
                    .unit(Unit.COUNT)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("在贯标、对标基础上推动企业实施智能化改造,到2018年达到2家、2020年达到5家左右。"))
                    .build(),
                Target.builder()
                    .id("intelligent-enterprises-2020")
                    .indicator("intelligent-transformation-enterprises")
                    .description(Bilingual.of("实施智能化改造的企业达到5家左右", "Enterprises carrying out intelligent transformation: about 5 by 2020"))
                    .comparison(Comparison.ABOUT)
                    .value(new BigDecimal("5"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("在贯标、对标基础上推动企业实施智能化改造,到2018年达到2家、2020年达到5家左右。"))
                    .build()))
            .subsidies(List.of(
                Subsidy.builder()
                    .id("iim-certified-support")
                    .name(Bilingual.of("两化融合管理体系贯标企业支持政策", "Support for enterprises certified to the national IIM system"))
                    .kind(Subsidy.Kind.SET_BY_DOCUMENT)
                    .recipient(Bilingual.of("通过国家两化融合管理体系贯标的企业", "Enterprises certified to the national system for managing the integration of informatization and industrialization"))
                    .status("iim-certified")
                    .oneTime(false)
                    .everyYear(false)
                    .payerNote(Bilingual.of("由所依据的文件规定", "set by the document named"))
                    .setBy("中共焦作市委 焦作市人民政府关于加快培育大企业集团的实施意见")
                    .citation(Citation.of("对于通过国家两化融合管理体系贯标企业,有关支持政策按《中共焦作市委 焦作市人民政府关于加快培育大企业集团的实施意见》文件执行。"))
                    .build()))
            .citation(Citation.of("建设两化融合标准体系"))
            .build();
    }

    /** Task {@code smart-workshops}. */
    private static Task task_smart_workshops() {
        return Task.builder()
            .id("smart-workshops")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("建设智能车间智能工厂", "Smart workshops and smart factories"))
            .departments(List.of(
                "industry-it",
                "finance"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、财政局", 1))
            .targets(List.of(
                Target.builder()
                    .id("smart-workshops-each-year")
                    .indicator("smart-workshops")
                    .description(Bilingual.of("每年滚动培育1个智能车间", "One smart workshop cultivated every year"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .fromYear(2017)
                    .period(Period.EACH_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("时间节点:每年滚动培育1个智能车间。"))
                    .build()))
            .indicators(List.of(
                "smart-factories"))
            .subsidies(List.of(
                Subsidy.builder()
                    .id("intelligent-transformation-subsidy")
                    .name(Bilingual.of("智能化改造项目省财政补助", "Provincial subsidy for intelligent-transformation projects"))
                    .kind(Subsidy.Kind.PROPORTIONAL)
                    .recipient(Bilingual.of("建设智能车间智能工厂的重点企业的智能化改造项目", "Intelligent-transformation projects of key enterprises building smart workshops or smart factories"))
                    .basis(List.of(
                        "software-investment",
                        "hardware-investment"))
                    .rate(new BigDecimal("0.08"))
                    .cap(Cny.of(new BigDecimal("10000000")))
                    .capPeriod(Subsidy.CapPeriod.PER_PROJECT)
                    .oneTime(false)
                    .everyYear(false)
                    .payers(List.of(
                        Subsidy.Payer.PROVINCE))
                    .citation(Citation.of("对重点企业建设智能车间智能工厂,省财政对其智能化改造项目按照软硬件投资的8%予以补助,最高不超过1000万元。"))
                    .build()))
            .citation(Citation.of("建设智能车间智能工厂", 1))
            .build();
    }

    /** Task {@code robots}. */
    private static Task task_robots() {
        return Task.builder()
            .id("robots")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("推动“机器换人”", "Robots replacing manual labour (机器换人)"))
            .departments(List.of(
                "industry-it",
                "finance"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、财政局", 2))
            .targets(List.of(
                Target.builder()
                    .id("robot-enterprises-each-year")
                    .indicator("robot-demonstration-enterprises")
                    .description(Bilingual.of("每年滚动支持1家企业规模化示范应用机器人", "Every year, one enterprise supported to deploy robots at scale"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .fromYear(2017)
                    .period(Period.EACH_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("时间节点:每年滚动支持1家企业规模化示范应用20台机器人。"))
                    .build(),
                Target.builder()
                    .id("robots-per-enterprise")
                    .indicator("robots-per-demonstration-enterprise")
                    .description(Bilingual.of("示范企业应用20台以上机器人", "Robots deployed by the demonstration enterprise: 20 or more"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("20"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .fromYear(2017)
                    .period(Period.EACH_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("推动1家企业规模化示范应用20台以上机器人。"))
                    .build()))
            .subsidies(List.of(
                Subsidy.builder()
                    .id("robot-subsidy")
                    .name(Bilingual.of("“机器换人”补贴", "Robot (机器换人) subsidy"))
                    .kind(Subsidy.Kind.PROPORTIONAL)
                    .recipient(Bilingual.of("“机器换人”示范项目", "Robot demonstration projects"))
                    .basis(List.of(
                        "robot-purchase-fee",
                        "robot-lease-fee"))
                    .oneTime(false)
                    .everyYear(false)
                    .payers(List.of(
                        Subsidy.Payer.PROVINCE,
                        Subsidy.Payer.CITY))
                    .localParameters(List.of(
                        LocalParameter.builder()
                            .kind(LocalParameter.Kind.RATE)
                            .wording("一定比例")
                            .note(Bilingual.of("按照整机购置或租赁费", "of the purchase or lease fee of complete machines"))
                            .build()))
                    .citation(Citation.of("实施百项“机器换人”示范项目,省、市财政按照整机购置或租赁费给予一定比例补贴。"))
                    .build()))
            .citation(Citation.of("推动“机器换人”"))
            .build();
    }

    /** Task {@code intelligent-policies}. */
    private static Task task_intelligent_policies() {
        return Task.builder()
            .id("intelligent-policies")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("完善政策措施", "Policy measures"))
            .departments(List.of(
                "development-reform",
                "science-technology",
                "industry-it",
                "finance",
                "state-taxation",
                "local-taxation",
                "financial-affairs"))
            .responsibility(Citation.of("责任单位:市发展改革委、科技局、工业和信息化委、财政局、国税局、地税局、市政府金融办"))
            .citation(Citation.of("完善政策措施。"))
            .build();
    }

    /** Task {@code intelligent-fiscal-support}. */
    private static Task task_intelligent_fiscal_support() {
        return Task.builder()
            .id("intelligent-fiscal-support")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("强化财税支持", "Fiscal and tax support"))
            .departments(List.of(
                "finance",
                "development-reform",
                "industry-it"))
            .responsibility(Citation.of("责任单位:市财政局、发展改革委、工业和信息化委"))
            .citation(Citation.of("强化财税支持。"))
            .build();
    }

    /** Task {@code intelligent-entrepreneurship}. */
    private static Task task_intelligent_entrepreneurship() {
        return Task.builder()
            .id("intelligent-entrepreneurship")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("鼓励创新创业", "Innovation and entrepreneurship"))
            .departments(List.of(
                "industry-it",
                "science-technology",
                "land-resources",
                "real-estate",
                "state-assets"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、科技局、国土资源局、房产管理中心、市政府国资办"))
            .milestones(List.of(
                Milestone.builder()
                    .everyYear(false)
                    .description(Bilingual.of("5年过渡期内保持土地原用途和权利类型不变", "For a 5-year transition, land keeps its original use and type of rights"))
                    .citation(Citation.of("允许制造企业在不改变用地主体和规划条件的前提下,利用存量房产、土地资源发展制造业与互联网融合的新业务、新业态,在5年过渡期内保持土地原用途和权利类型不变;"))
                    .build()))
            .subsidies(List.of(
                Subsidy.builder()
                    .id("office-costs-subsidy")
                    .name(Bilingual.of("办公用房、水电、网络等费用补助", "Subsidy of office, utility and network costs"))
                    .kind(Subsidy.Kind.PROPORTIONAL)
                    .recipient(Bilingual.of("使用盘活的工业厂房、企业库房和物流设施等资源的单位（文中未明说）", "Users of the revitalised factory buildings, warehouses and logistics facilities (the text does not say)"))
                    .basis(List.of(
                        "office-space-cost",
                        "utilities-cost",
                        "network-cost"))
                    .oneTime(false)
                    .everyYear(false)
                    .payerNote(Bilingual.of("句中未写明财政：由有条件的地方给予", "the sentence names no treasury: the localities that have the means grant it"))
                    .addressee(Bilingual.of("有条件的地方（鼓励，并非要求）", "localities that have the means (encouraged, not required)"))
                    .localParameters(List.of(
                        LocalParameter.builder()
                            .kind(LocalParameter.Kind.RATE)
                            .wording("给予补助")
                            .note(Bilingual.of("补助比例文中未规定，由给予补助的地方确定", "the share is not stated; the locality that grants it sets it"))
                            .build()))
                    .citation(Citation.of("鼓励有条件的地方制定政策措施,积极盘活工业厂房、企业库房和物流设施等资源,并对办公用房、水电、网络等费用给予补助。"))
                    .build()))
            .citation(Citation.of("鼓励创新创业。"))
            .build();
    }

    /** Task {@code intelligent-talent}. */
    private static Task task_intelligent_talent() {
        return Task.builder()
            .id("intelligent-talent")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("加强人才培育", "Talent development"))
            .departments(List.of(
                "industry-it",
                "education",
                "human-resources"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、教育局、人力资源社会保障局"))
            .citation(Citation.of("加强人才培育。"))
            .build();
    }

    /** Task {@code intelligent-exchange}. */
    private static Task task_intelligent_exchange() {
        return Task.builder()
            .id("intelligent-exchange")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("注重交流合作", "Exchange and cooperation"))
            .departments(List.of(
                "industry-it",
                "commerce"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、商务局", 1))
            .citation(Citation.of("注重交流合作。"))
            .build();
    }

    /** Plan {@code intelligent-transformation}. */
    private static Plan plan_intelligent_transformation() {
        return Plan.builder()
            .id("intelligent-transformation")
            .title(Bilingual.of("孟州市推进工业智能化改造攻坚方案", "Plan for Advancing the Intelligent Transformation of Industry in Mengzhou"))
            .basis(List.of(
                "焦作市人民政府关于印发焦作市化解过剩产能攻坚方案等五个方案的通知"))
            .targets(List.of(
                Target.builder()
                    .id("intelligent-scope-2020")
                    .indicator("intelligent-transformation-scope")
                    .description(Bilingual.of("智能化改造由重点骨干企业向多领域、全行业拓展", "Intelligent transformation extended from key backbone enterprises to many fields and all industries"))
                    .comparison(Comparison.QUALITATIVE)
                    .unit(Unit.NONE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,智能化改造由重点骨干企业向多领域、全行业拓展,力争两化融合发展指数居全省前列。"))
                    .build(),
                Target.builder()
                    .id("integration-index-2020")
                    .indicator("integration-index-rank")
                    .description(Bilingual.of("两化融合发展指数居全省前列", "Integration (informatization and industrialization) index among the province's leaders"))
                    .comparison(Comparison.QUALITATIVE)
                    .unit(Unit.NONE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(true)
                    .citation(Citation.of("到2020年,智能化改造由重点骨干企业向多领域、全行业拓展,力争两化融合发展指数居全省前列。"))
                    .build()))
            .tasks(List.of(
                task_integration_standards(),
                task_smart_workshops(),
                task_robots(),
                task_intelligent_policies(),
                task_intelligent_fiscal_support(),
                task_intelligent_entrepreneurship(),
                task_intelligent_talent(),
                task_intelligent_exchange()))
            .citation(Citation.of("孟州市推进工业智能化改造攻坚方案", 2))
            .build();
    }

    /** Task {@code three-benchmarks}. */
    private static Task task_three_benchmarks() {
        return Task.builder()
            .id("three-benchmarks")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("以“三对标四提高”为抓手推动新一轮技术改造", "New round of technical renovation through the \"three benchmarks, four improvements\" campaign"))
            .departments(List.of(
                "industry-it",
                "finance",
                "science-technology",
                "quality-supervision"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、财政局、科技局、质监局"))
            .targets(List.of(
                Target.builder()
                    .id("renovation-growth-gap-each-year")
                    .indicator("renovation-investment-growth-gap")
                    .description(Bilingual.of("技术改造投资增长高于工业投资增长的幅度", "Growth of renovation investment above growth of industrial investment"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("10"))
                    .unit(Unit.PERCENTAGE_POINTS)
                    .year(2020)
                    .fromYear(2017)
                    .period(Period.EACH_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("时间节点:每年技术改造投资增长高于工业投资增长10个百分点以上,2017年全市40家规模以上工业企业完成新一轮技术改造,到2020年完成全市规模以上工业企业新一轮技术改造。"))
                    .build(),
                Target.builder()
                    .id("renovated-enterprises-2017")
                    .indicator("renovated-enterprises")
                    .description(Bilingual.of("完成新一轮技术改造的规模以上工业企业(2017年)", "Above-scale industrial enterprises completing the new round of renovation in 2017"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("40"))
                    .unit(Unit.COUNT)
                    .year(2017)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("时间节点:每年技术改造投资增长高于工业投资增长10个百分点以上,2017年全市40家规模以上工业企业完成新一轮技术改造,到2020年完成全市规模以上工业企业新一轮技术改造。"))
                    .build(),
                Target.builder()
                    .id("renovation-coverage-task-2020")
                    .indicator("renovation-coverage")
                    .description(Bilingual.of("完成全市规模以上工业企业新一轮技术改造", "All above-scale industrial enterprises complete the new round of renovation"))
                    .comparison(Comparison.FULL_COVERAGE)
                    .unit(Unit.PERCENT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("时间节点:每年技术改造投资增长高于工业投资增长10个百分点以上,2017年全市40家规模以上工业企业完成新一轮技术改造,到2020年完成全市规模以上工业企业新一轮技术改造。"))
                    .build()))
            .citation(Citation.of("以“三对标四提高”为抓手推动新一轮技术改造"))
            .build();
    }

    /** Task {@code innovation-centers}. */
    private static Task task_innovation_centers() {
        return Task.builder()
            .id("innovation-centers")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("创建省、市级制造业创新中心", "Provincial and city manufacturing innovation centers"))
            .departments(List.of(
                "industry-it",
                "finance",
                "science-technology",
                "development-reform"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、财政局、科技局、发展改革委"))
            .targets(List.of(
                Target.builder()
                    .id("city-innovation-centers-2017")
                    .indicator("city-innovation-centers")
                    .description(Bilingual.of("市级制造业创新中心培育1家", "City-level manufacturing innovation centers: 1 in 2017"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2017)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("时间节点:2017年培育1家市级制造业创新中心。"))
                    .build(),
                Target.builder()
                    .id("provincial-innovation-centers-2020")
                    .indicator("provincial-innovation-centers")
                    .description(Bilingual.of("省级制造业创新中心力争培育1家", "Provincial manufacturing innovation centers: strive for 1 by 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(true)
                    .citation(Citation.of("2020年力争培育1家省级制造业创新中心、3家左右市级制造业创新中心。"))
                    .build(),
                Target.builder()
                    .id("city-innovation-centers-2020")
                    .indicator("city-innovation-centers")
                    .description(Bilingual.of("市级制造业创新中心3家左右", "City-level manufacturing innovation centers: about 3 by 2020"))
                    .comparison(Comparison.ABOUT)
                    .value(new BigDecimal("3"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(true)
                    .citation(Citation.of("2020年力争培育1家省级制造业创新中心、3家左右市级制造业创新中心。"))
                    .build()))
            .subsidies(List.of(
                Subsidy.builder()
                    .id("innovation-center-cultivation-subsidy")
                    .name(Bilingual.of("市创新中心培育期补助", "Subsidy for innovation centers on the city's cultivation list"))
                    .kind(Subsidy.Kind.PROPORTIONAL)
                    .recipient(Bilingual.of("列入市创新中心培育名单的单位", "Units on the city's innovation-center cultivation list"))
                    .status("cultivation-listed")
                    .basis(List.of(
                        "rd-equipment-purchase",
                        "pilot-test-equipment-purchase"))
                    .rate(new BigDecimal("0.20"))
                    .cap(Cny.of(new BigDecimal("3000000")))
                    .capPeriod(Subsidy.CapPeriod.PER_YEAR)
                    .oneTime(false)
                    .everyYear(false)
                    .window(SupportWindow.builder()
                        .years(5)
                        .anchor("listing-year")
                        .citation(Citation.of("创新中心从列入培育名单年度起,以项目建设后补助的方式连续支持5年。"))
                        .build())
                    .payerNote(Bilingual.of("句中未写明财政：虽是市里的创新中心计划，出资方不作推断", "the sentence names no treasury (财政): a city programme, but the payer is not guessed"))
                    .citation(Citation.of("凡列入市创新中心培育名单的单位,在培育期内按照年度内购置研发、中试等设备投入资金的20%给予补助,年度补助金额最高不超过300万元"))
                    .build(),
                Subsidy.builder()
                    .id("innovation-center-certified-subsidy")
                    .name(Bilingual.of("市创新中心建设补助", "Subsidy for certified city innovation centers"))
                    .kind(Subsidy.Kind.PROPORTIONAL)
                    .recipient(Bilingual.of("认定为市创新中心的单位", "Units certified as city innovation centers"))
                    .status("city-certified")
                    .basis(List.of(
                        "technology-introduction",
                        "research-instruments",
                        "equipment-purchase",
                        "software-purchase"))
                    .rate(new BigDecimal("0.20"))
                    .cap(Cny.of(new BigDecimal("3000000")))
                    .capPeriod(Subsidy.CapPeriod.PER_YEAR)
                    .oneTime(false)
                    .everyYear(false)
                    .window(SupportWindow.builder()
                        .years(5)
                        .anchor("listing-year")
                        .citation(Citation.of("创新中心从列入培育名单年度起,以项目建设后补助的方式连续支持5年。"))
                        .build())
                    .payerNote(Bilingual.of("句中未写明财政：虽是市里的创新中心计划，出资方不作推断", "the sentence names no treasury (财政): a city programme, but the payer is not guessed"))
                    .citation(Citation.of("凡认定为市创新中心的,分年度签订建设协议,以支持项目建设的方式,按照年度内进行技术引进及购入科研仪器、设备和软件购置等费用总和的20%给予补助,年度补助金额最高不超过300万元"))
                    .build(),
                Subsidy.builder()
                    .id("provincial-innovation-center-award")
                    .name(Bilingual.of("晋升省级创新中心奖励", "Award for promotion to a provincial innovation center"))
                    .kind(Subsidy.Kind.FIXED_AMOUNT)
                    .recipient(Bilingual.of("晋升为省级创新中心的市创新中心", "City innovation centers promoted to provincial innovation centers"))
                    .status("provincial-promoted")
                    .amount(Cny.of(new BigDecimal("5000000")))
                    .oneTime(true)
                    .everyYear(false)
                    .payerNote(Bilingual.of("句中未写明财政：虽是市里的创新中心计划，出资方不作推断", "the sentence names no treasury (财政): a city programme, but the payer is not guessed"))
                    .citation(Citation.of("对晋升为省级创新中心的一次性奖励500万元。"))
                    .build()))
            .citation(Citation.of("创建省、市级制造业创新中心"))
            .build();
    }

    /** Task {@code innovative-enterprise-projects}. */
    private static Task task_innovative_enterprise_projects() {
        return Task.builder()
            .id("innovative-enterprise-projects")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("支持创新型企业技术改造项目", "Renovation projects of innovative enterprises"))
            .departments(List.of(
                "industry-it",
                "finance"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、财政局", 5))
            .targets(List.of(
                Target.builder()
                    .id("innovative-projects-each-year")
                    .indicator("innovative-enterprise-projects")
                    .description(Bilingual.of("每年滚动支持创新型企业技术改造项目", "Renovation projects of innovative enterprises supported every year"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("3"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .fromYear(2017)
                    .period(Period.EACH_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("时间节点:每年滚动支持3个创新型企业技术改造项目。"))
                    .build()))
            .citation(Citation.of("支持创新型企业技术改造项目"))
            .build();
    }

    /** Task {@code new-products}. */
    private static Task task_new_products() {
        return Task.builder()
            .id("new-products")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("加快新产品开发和推广应用", "New product development and adoption"))
            .departments(List.of(
                "industry-it",
                "quality-supervision",
                "industry-commerce-admin",
                "science-technology",
                "development-reform",
                "intellectual-property"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、质监局、工商局、科技局、发展改革委、知识产权局"))
            .milestones(List.of(
                Milestone.builder()
                    .everyYear(true)
                    .description(Bilingual.of("每年滚动支持企业开发新产品", "Support enterprises' new products every year"))
                    .citation(Citation.of("时间节点:每年滚动支持企业开发新产品。"))
                    .build()))
            .citation(Citation.of("加快新产品开发和推广应用"))
            .build();
    }

    /** Task {@code industrial-foundation}. */
    private static Task task_industrial_foundation() {
        return Task.builder()
            .id("industrial-foundation")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("实施工业强基工程", "Strengthening the industrial foundation"))
            .departments(List.of(
                "industry-it"))
            .responsibility(Citation.of("责任单位:市工业和信息化委", 16))
            .milestones(List.of(
                Milestone.builder()
                    .everyYear(true)
                    .description(Bilingual.of("每年滚动攻克一批先进基础工艺、基础零部件", "Master advanced basic processes and basic components every year"))
                    .citation(Citation.of("时间节点:每年滚动攻克一批先进基础工艺、基础零部件。"))
                    .build()))
            .citation(Citation.of("实施工业强基工程", 1))
            .build();
    }

    /** Task {@code industrial-boutiques}. */
    private static Task task_industrial_boutiques() {
        return Task.builder()
            .id("industrial-boutiques")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("打造工业精品", "Industrial boutique products"))
            .departments(List.of(
                "industry-it",
                "commerce",
                "quality-supervision",
                "industry-commerce-admin"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、商务局、质监局、工商局"))
            .targets(List.of(
                Target.builder()
                    .id("boutique-products-each-year")
                    .indicator("industrial-boutique-products")
                    .description(Bilingual.of("每年滚动培育工业精品", "Industrial boutique products cultivated every year"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .fromYear(2017)
                    .period(Period.EACH_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("时间节点:每年滚动培育1个达到国际或国内先进水平、质量过硬、美誉度高的工业精品。"))
                    .build()))
            .citation(Citation.of("打造工业精品"))
            .build();
    }

    /** Task {@code quality-brands-standards}. */
    private static Task task_quality_brands_standards() {
        return Task.builder()
            .id("quality-brands-standards")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("加强质量品牌和技术标准建设", "Quality, brands and technical standards"))
            .departments(List.of(
                "quality-supervision",
                "industry-commerce-admin",
                "food-drug",
                "health-family-planning",
                "industry-it"))
            .responsibility(Citation.of("责任单位:市质监局、工商局、食药局、卫计委、工业和信息化委"))
            .milestones(List.of(
                Milestone.builder()
                    .everyYear(true)
                    .description(Bilingual.of("每年支持企业主导和参与国际标准、国家标准、行业标准制定", "Every year, support enterprises leading or joining international, national and industry standards"))
                    .citation(Citation.of("时间节点:每年支持企业主导和参与国际标准、国家标准、行业标准制定,推进内外销消费品“同线同标同质”。"))
                    .build()))
            .subsidies(List.of(
                Subsidy.builder()
                    .id("quality-brand-award")
                    .name(Bilingual.of("质量品牌奖励", "Quality and brand award"))
                    .kind(Subsidy.Kind.FIXED_AMOUNT)
                    .recipient(Bilingual.of("获得所列质量、品牌荣誉的企业", "Enterprises receiving one of the listed quality or brand honours"))
                    .oneTime(true)
                    .everyYear(false)
                    .payers(List.of(
                        Subsidy.Payer.CITY))
                    .localParameters(List.of(
                        LocalParameter.builder()
                            .kind(LocalParameter.Kind.AMOUNT)
                            .wording("一次性给予奖励")
                            .note(Bilingual.of("奖励金额文中未规定", "the amount is not stated in the text"))
                            .build()))
                    .awardsFor(List.of(
                        Bilingual.of("中国质量奖", "China Quality Award"),
                        Bilingual.of("中国驰名商标", "China Well-known Trademark"),
                        Bilingual.of("国家级质量标杆企业", "National quality benchmark enterprise"),
                        Bilingual.of("制造业单项冠军企业", "Manufacturing single-item champion enterprise"),
                        Bilingual.of("省长质量奖", "Henan Governor's Quality Award"),
                        Bilingual.of("河南省著名商标", "Henan Famous Trademark"),
                        Bilingual.of("河南省质量标杆企业", "Henan quality benchmark enterprise")))
                    .citation(Citation.of("对获得中国质量奖、中国驰名商标和国家级质量标杆企业、制造业单项冠军企业、省长质量奖、河南省著名商标、河南省质量标杆企业的,市财政一次性给予奖励。"))
                    .build()))
            .citation(Citation.of("加强质量品牌和技术标准建设"))
            .build();
    }

    /** Task {@code renovation-organisation}. */
    private static Task task_renovation_organisation() {
        return Task.builder()
            .id("renovation-organisation")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("加强组织实施", "Organisation and implementation"))
            .departments(List.of(
                "industry-it",
                "development-reform",
                "finance"))
            .responsibility(Citation.of("责任单位:市工业和信息化委、发展改革委、财政局", 2))
            .milestones(List.of(
                Milestone.builder()
                    .everyYear(true)
                    .description(Bilingual.of("每年制定全市技术改造工作方案", "Draw up the city's technical-renovation work plan every year"))
                    .citation(Citation.of("每年制定全市技术改造工作方案,健全技术改造项目库,完善技改示范项目推进和绩效考评机制,定期对各乡镇、办事处辖区企业技术改造情况进行排序通报,对考评先进的地区通过量化给予资金倾斜。"))
                    .build()))
            .citation(Citation.of("加强组织实施。"))
            .build();
    }

    /** Task {@code renovation-service-platform}. */
    private static Task task_renovation_service_platform() {
        return Task.builder()
            .id("renovation-service-platform")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("建立服务平台", "Service platform"))
            .departments(List.of(
                "industry-it"))
            .responsibility(Citation.of("责任单位:市工业和信息化委", 19))
            .citation(Citation.of("建立服务平台。"))
            .build();
    }

    /** Task {@code renovation-statistics}. */
    private static Task task_renovation_statistics() {
        return Task.builder()
            .id("renovation-statistics")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("完善统计体系", "Statistics"))
            .departments(List.of(
                "statistics",
                "industry-it"))
            .responsibility(Citation.of("责任单位:市统计局、工业和信息化委"))
            .citation(Citation.of("完善统计体系。"))
            .build();
    }

    /** Plan {@code technical-renovation}. */
    private static Plan plan_technical_renovation() {
        return Plan.builder()
            .id("technical-renovation")
            .title(Bilingual.of("孟州市推进企业技术改造攻坚方案", "Plan for Advancing Technical Renovation of Enterprises in Mengzhou"))
            .basis(List.of(
                "焦作市人民政府关于印发焦作市化解过剩产能攻坚方案等五个方案的通知"))
            .targets(List.of(
                Target.builder()
                    .id("renovation-share-from-to-2020")
                    .indicator("renovation-investment-share")
                    .description(Bilingual.of("技术改造投资占工业投资的比重由10%提高到30%以上", "Share of technical-renovation investment in industrial investment: from 10% to 30% or more"))
                    .comparison(Comparison.FROM_TO)
                    .value(new BigDecimal("30"))
                    .baseline(Baseline.builder()
                        .value(new BigDecimal("10"))
                        .build())
                    .unit(Unit.PERCENT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,引导全市规模以上工业企业普遍完成新一轮技术改造,技术改造投资占工业投资的比重由10%提高到30%以上。"))
                    .build(),
                Target.builder()
                    .id("renovation-coverage-2020")
                    .indicator("renovation-coverage")
                    .description(Bilingual.of("规模以上工业企业普遍完成新一轮技术改造", "Above-scale industrial enterprises having completed the new round of renovation"))
                    .comparison(Comparison.FULL_COVERAGE)
                    .unit(Unit.PERCENT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,引导全市规模以上工业企业普遍完成新一轮技术改造,技术改造投资占工业投资的比重由10%提高到30%以上。"))
                    .build(),
                Target.builder()
                    .id("renovating-enterprises-2017")
                    .indicator("renovating-enterprises")
                    .description(Bilingual.of("实施技术改造的规模以上工业企业(2017年)", "Above-scale industrial enterprises carrying out technical renovation in 2017"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("40"))
                    .unit(Unit.COUNT)
                    .year(2017)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2017年,推动40家规模以上工业企业实施技术改造,完成技术改造投资不低于40亿元,技术改造投资占工业投资的比重达到15%。"))
                    .build(),
                Target.builder()
                    .id("renovation-investment-2017")
                    .indicator("renovation-investment")
                    .description(Bilingual.of("完成技术改造投资不低于40亿元", "Technical-renovation investment completed in 2017: at least 4 billion yuan"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("4000000000"))
                    .unit(Unit.YUAN)
                    .year(2017)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2017年,推动40家规模以上工业企业实施技术改造,完成技术改造投资不低于40亿元,技术改造投资占工业投资的比重达到15%。"))
                    .build(),
                Target.builder()
                    .id("renovation-share-2017")
                    .indicator("renovation-investment-share")
                    .description(Bilingual.of("技术改造投资占工业投资的比重达到15%", "Share of technical-renovation investment in industrial investment: 15% in 2017"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("15"))
                    .unit(Unit.PERCENT)
                    .year(2017)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2017年,推动40家规模以上工业企业实施技术改造,完成技术改造投资不低于40亿元,技术改造投资占工业投资的比重达到15%。"))
                    .build(),
                Target.builder()
                    .id("city-innovation-centers-about-2017")
                    .indicator("city-innovation-centers")
                    .description(Bilingual.of("市级制造业创新中心培育1家左右", "City-level manufacturing innovation centers: about 1 in 2017"))
                    .comparison(Comparison.ABOUT)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2017)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("培育1家左右市级制造业创新中心。"))
                    .build(),
                Target.builder()
                    .id("renovating-enterprises-2018")
                    .indicator("renovating-enterprises")
                    .description(Bilingual.of("实施技术改造的规模以上工业企业(2018年)", "Above-scale industrial enterprises carrying out technical renovation in 2018"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("70"))
                    .unit(Unit.COUNT)
                    .year(2018)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2018年,推动70家规模以上工业企业实施技术改造,完成技术改造投资不低于80亿元,技术改造投资占工业投资的比重超过20%。"))
                    .build(),
                Target.builder()
                    .id("renovation-investment-2018")
                    .indicator("renovation-investment")
                    .description(Bilingual.of("完成技术改造投资不低于80亿元", "Technical-renovation investment completed in 2018: at least 8 billion yuan"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("8000000000"))
                    .unit(Unit.YUAN)
                    .year(2018)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2018年,推动70家规模以上工业企业实施技术改造,完成技术改造投资不低于80亿元,技术改造投资占工业投资的比重超过20%。"))
                    .build(),
                Target.builder()
                    .id("renovation-share-2018")
                    .indicator("renovation-investment-share")
                    .description(Bilingual.of("技术改造投资占工业投资的比重超过20%", "Share of technical-renovation investment in industrial investment: above 20% in 2018"))
                    .comparison(Comparison.MORE_THAN)
                    .value(new BigDecimal("20"))
                    .unit(Unit.PERCENT)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2018年,推动70家规模以上工业企业实施技术改造,完成技术改造投资不低于80亿元,技术改造投资占工业投资的比重超过20%。"))
                    .build(),
                Target.builder()
                    .id("renovation-coverage-by-2020")
                    .indicator("renovation-coverage")
                    .description(Bilingual.of("规模以上工业企业普遍完成新一轮技术改造", "Above-scale industrial enterprises having completed the new round of renovation"))
                    .comparison(Comparison.FULL_COVERAGE)
                    .unit(Unit.PERCENT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2020年前,引导全市规模以上工业企业普遍完成新一轮技术改造,完成技术改造投资不低于240亿元,技术改造投资占工业投资的比重超过30%。"))
                    .build(),
                Target.builder()
                    .id("renovation-investment-2017-2020")
                    .indicator("renovation-investment")
                    .description(Bilingual.of("完成技术改造投资累计不低于240亿元", "Technical-renovation investment completed by 2020: at least 24 billion yuan in all"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("24000000000"))
                    .unit(Unit.YUAN)
                    .year(2020)
                    .fromYear(2017)
                    .period(Period.CUMULATIVE)
                    .aspirational(false)
                    .citation(Citation.of("——2020年前,引导全市规模以上工业企业普遍完成新一轮技术改造,完成技术改造投资不低于240亿元,技术改造投资占工业投资的比重超过30%。"))
                    .build(),
                Target.builder()
                    .id("renovation-share-2020")
                    .indicator("renovation-investment-share")
                    .description(Bilingual.of("技术改造投资占工业投资的比重超过30%", "Share of technical-renovation investment in industrial investment: above 30% by 2020"))
                    .comparison(Comparison.MORE_THAN)
                    .value(new BigDecimal("30"))
                    .unit(Unit.PERCENT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("——2020年前,引导全市规模以上工业企业普遍完成新一轮技术改造,完成技术改造投资不低于240亿元,技术改造投资占工业投资的比重超过30%。"))
                    .build(),
                Target.builder()
                    .id("provincial-innovation-centers-plan-2020")
                    .indicator("provincial-innovation-centers")
                    .description(Bilingual.of("省级制造业创新中心力争培育1家", "Provincial manufacturing innovation centers: strive for 1 by 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(true)
                    .citation(Citation.of("力争培育1家省级制造业创新中心、3家左右市级制造业创新中心。", 1))
                    .build(),
                Target.builder()
                    .id("city-innovation-centers-plan-2020")
                    .indicator("city-innovation-centers")
                    .description(Bilingual.of("市级制造业创新中心3家左右", "City-level manufacturing innovation centers: about 3 by 2020"))
                    .comparison(Comparison.ABOUT)
                    .value(new BigDecimal("3"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(true)
                    .citation(Citation.of("力争培育1家省级制造业创新中心、3家左右市级制造业创新中心。", 1))
                    .build()))
            .tasks(List.of(
                task_three_benchmarks(),
                task_innovation_centers(),
                task_innovative_enterprise_projects(),
                task_new_products(),
                task_industrial_foundation(),
                task_industrial_boutiques(),
                task_quality_brands_standards(),
                task_renovation_organisation(),
                task_renovation_service_platform(),
                task_renovation_statistics()))
            .citation(Citation.of("孟州市推进企业技术改造攻坚方案", 2))
            .build();
    }

    /** Task {@code innovation-leading-enterprises}. */
    private static Task task_innovation_leading_enterprises() {
        return Task.builder()
            .id("innovation-leading-enterprises")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("发展创新引领型企业", "Innovation-leading enterprises"))
            .departments(List.of(
                "science-technology",
                "state-taxation",
                "local-taxation",
                "finance",
                "development-reform",
                "industry-it"))
            .responsibility(Citation.of("责任单位:市科技局、国税局、地税局、财政局、发展改革委、工业和信息化委"))
            .targets(List.of(
                Target.builder()
                    .id("new-leading-enterprises-2017")
                    .indicator("new-provincial-leading-enterprises")
                    .description(Bilingual.of("新培育省创新龙头企业", "Newly cultivated provincial innovation leading enterprises in 2017"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2017)
                    .period(Period.IN_YEAR)
                    .aspirational(true)
                    .citation(Citation.of("2017年,力争新培育1家省创新龙头企业。"))
                    .build(),
                Target.builder()
                    .id("high-tech-enterprises-2017")
                    .indicator("high-tech-enterprises")
                    .description(Bilingual.of("国家高新技术企业总数达到14家", "National high-tech enterprises in all: 14 by 2017"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("14"))
                    .unit(Unit.COUNT)
                    .year(2017)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("2017年高新技术企业总数达到14家。"))
                    .build(),
                Target.builder()
                    .id("little-giant-candidates-2017")
                    .indicator("little-giant-candidates")
                    .description(Bilingual.of("“科技小巨人(培育)”企业备案", "Registered little-giant candidates (科技小巨人(培育))"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("3"))
                    .unit(Unit.COUNT)
                    .year(2017)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("2017年,“科技小巨人(培育)”企业备案3家和科技型中小企业备案达到66家。"))
                    .build(),
                Target.builder()
                    .id("sci-tech-smes-2017")
                    .indicator("sci-tech-smes")
                    .description(Bilingual.of("科技型中小企业备案达到66家", "Registered sci-tech SMEs: 66 by 2017"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("66"))
                    .unit(Unit.COUNT)
                    .year(2017)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("2017年,“科技小巨人(培育)”企业备案3家和科技型中小企业备案达到66家。"))
                    .build()))
            .subsidies(List.of(
                Subsidy.builder()
                    .id("little-giant-candidate-support")
                    .name(Bilingual.of("“科技小巨人(培育)”企业重点扶持", "Key support for little-giant candidates (科技小巨人(培育))"))
                    .kind(Subsidy.Kind.SUPPORT)
                    .recipient(Bilingual.of("遴选出的年营业收入1亿元以下、创新能力强、成长速度快、发展前景好的科技型中小企业", "Selected sci-tech SMEs with yearly revenue of 100 million yuan or less, strong in innovation, fast-growing, with good prospects"))
                    .status("registered-sci-tech-sme")
                    .oneTime(false)
                    .everyYear(false)
                    .conditions(List.of(
                        Condition.builder()
                            .fact("annual-revenue")
                            .comparison(Comparison.AT_MOST)
                            .amount(Cny.of(new BigDecimal("100000000")))
                            .citation(Citation.of("遴选一批年营业收入1亿元以下、创新能力强、成长速度快、发展前景好的科技型中小企业,作为“科技小巨人(培育)”企业进行重点扶持"))
                            .build()))
                    .payerNote(Bilingual.of("句中未说明扶持的形式和出资方", "the sentence states neither the form of the support nor who funds it"))
                    .citation(Citation.of("遴选一批年营业收入1亿元以下、创新能力强、成长速度快、发展前景好的科技型中小企业,作为“科技小巨人(培育)”企业进行重点扶持"))
                    .build(),
                Subsidy.builder()
                    .id("little-giant-support")
                    .name(Bilingual.of("“科技小巨人”企业重点支持", "Key support for sci-tech little giants"))
                    .kind(Subsidy.Kind.SUPPORT)
                    .recipient(Bilingual.of("遴选出的年营业收入超亿元、行业竞争优势明显的“科技小巨人”企业", "Selected sci-tech little giants with yearly revenue above 100 million yuan and a clear edge in their industry"))
                    .status("certified-little-giant")
                    .oneTime(false)
                    .everyYear(false)
                    .conditions(List.of(
                        Condition.builder()
                            .fact("annual-revenue")
                            .comparison(Comparison.MORE_THAN)
                            .amount(Cny.of(new BigDecimal("100000000")))
                            .citation(Citation.of("遴选一批年营业收入超亿元、行业竞争优势明显的“科技小巨人”企业进行重点支持,助力其发展成为行业骨干企业。"))
                            .build()))
                    .payerNote(Bilingual.of("句中未说明支持的形式和出资方", "the sentence states neither the form of the support nor who funds it"))
                    .citation(Citation.of("遴选一批年营业收入超亿元、行业竞争优势明显的“科技小巨人”企业进行重点支持,助力其发展成为行业骨干企业。"))
                    .build(),
                Subsidy.builder()
                    .id("little-giant-award")
                    .name(Bilingual.of("科技小巨人企业奖励", "Award for newly certified sci-tech little giants"))
                    .kind(Subsidy.Kind.FIXED_AMOUNT)
                    .recipient(Bilingual.of("新认定的科技小巨人企业", "Newly certified sci-tech little-giant enterprises"))
                    .status("newly-certified-little-giant")
                    .oneTime(false)
                    .everyYear(false)
                    .conditions(List.of(
                        Condition.builder()
                            .fact("annual-revenue")
                            .comparison(Comparison.MORE_THAN)
                            .amount(Cny.of(new BigDecimal("100000000")))
                            .citation(Citation.of("帮助其发展成为年营业收入超亿元的“科技小巨人”企业"))
                            .build()))
                    .payerNote(Bilingual.of("句中未写明由哪一级财政奖励", "the sentence names no treasury (财政) that pays"))
                    .localParameters(List.of(
                        LocalParameter.builder()
                            .kind(LocalParameter.Kind.AMOUNT)
                            .wording("给予资金奖励")
                            .note(Bilingual.of("奖励金额文中未规定", "the amount is not stated in the text"))
                            .build()))
                    .citation(Citation.of("对新认定的科技小巨人企业,给予资金奖励。"))
                    .build()))
            .citation(Citation.of("(一)发展创新引领型企业"))
            .build();
    }

    /** Task {@code innovation-platforms}. */
    private static Task task_innovation_platforms() {
        return Task.builder()
            .id("innovation-platforms")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("建设创新引领型平台", "Innovation-leading platforms"))
            .departments(List.of(
                "science-technology",
                "development-reform",
                "industry-it",
                "education",
                "finance"))
            .responsibility(Citation.of("责任单位:市科技局、发展改革委、工业和信息化委、教育局、财政局"))
            .targets(List.of(
                Target.builder()
                    .id("rd-institution-coverage-2018")
                    .indicator("rd-institution-coverage")
                    .description(Bilingual.of("大中型工业企业市级以上研发机构覆盖面达到60%以上", "Large and medium industrial enterprises with a city-level or higher R&D institution: 60% or more by 2018"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("60"))
                    .unit(Unit.PERCENT)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("2018年全市大中型工业企业市级以上研发机构覆盖面达到60%以上;"))
                    .build(),
                Target.builder()
                    .id("national-rd-platforms-2020")
                    .indicator("national-rd-platforms")
                    .description(Bilingual.of("国家级研发平台", "National R&D platforms"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("1"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,国家级研发平台达到1家,省级研发平台达到18家。"))
                    .build(),
                Target.builder()
                    .id("provincial-rd-platforms-2020")
                    .indicator("provincial-rd-platforms")
                    .description(Bilingual.of("省级研发平台达到18家", "Provincial R&D platforms: 18 by 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("18"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,国家级研发平台达到1家,省级研发平台达到18家。"))
                    .build()))
            .citation(Citation.of("(二)建设创新引领型平台"))
            .build();
    }

    /** Task {@code innovation-talents}. */
    private static Task task_innovation_talents() {
        return Task.builder()
            .id("innovation-talents")
            .kind(Task.Kind.KEY_TASK)
            .title(Bilingual.of("培育创新引领型人才", "Innovation-leading talents"))
            .departments(List.of(
                "staffing-office",
                "talent-office",
                "finance",
                "human-resources",
                "science-technology",
                "education",
                "development-reform",
                "industry-it",
                "commerce"))
            .responsibility(Citation.of("责任单位:市编办、人才办、财政局、人力资源社会保障局、科技局、教育局、发展改革委、工业和信息化委、商务局"))
            .citation(Citation.of("(三)培育创新引领型人才"))
            .build();
    }

    /** Task {@code major-science-projects}. */
    private static Task task_major_science_projects() {
        return Task.builder()
            .id("major-science-projects")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("组织实施重大科技专项", "Major science and technology projects"))
            .milestones(List.of(
                Milestone.builder()
                    .year(2020)
                    .everyYear(false)
                    .description(Bilingual.of("组织申报实施一批省市重大科技专项", "Apply for and carry out provincial and city major S&T projects"))
                    .citation(Citation.of("2020年以前,重点在装备制造、毛皮加工、生物化工、新材料、电子信息等产业,组织申报实施一批省市重大科技专项,着力解决一批制约我市产业发展的重大技术问题,助推产业转型升级、创新发展。"))
                    .build()))
            .citation(Citation.of("(一)组织实施重大科技专项,带动提升产业核心竞争力。"))
            .build();
    }

    /** Task {@code science-finance}. */
    private static Task task_science_finance() {
        return Task.builder()
            .id("science-finance")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("促进科技金融深度融合", "Science and finance integration"))
            .subsidies(List.of(
                Subsidy.builder()
                    .id("science-innovation-award-fund")
                    .name(Bilingual.of("科技创新奖励基金", "Science and technology innovation award fund"))
                    .kind(Subsidy.Kind.FIXED_AMOUNT)
                    .recipient(Bilingual.of("各类科技创新", "Science and technology innovation of every kind"))
                    .oneTime(false)
                    .everyYear(true)
                    .payers(List.of(
                        Subsidy.Payer.CITY))
                    .localParameters(List.of(
                        LocalParameter.builder()
                            .kind(LocalParameter.Kind.AMOUNT)
                            .wording("专项经费")
                            .note(Bilingual.of("每年安排的经费和每项奖励的金额文中均未规定", "neither the yearly budget nor the amount of an award is stated"))
                            .build()))
                    .citation(Citation.of("设立科技创新奖励基金,市财政每年安排专项经费奖励各类科技创新。"))
                    .build()))
            .citation(Citation.of("(二)促进科技金融深度融合,建立金融服务支撑科技创新机制。"))
            .build();
    }

    /** Task {@code science-investment}. */
    private static Task task_science_investment() {
        return Task.builder()
            .id("science-investment")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("加大科技投入力度", "More investment in science and technology"))
            .citation(Citation.of("(三)加大科技投入力度,提升企业创新能力。"))
            .build();
    }

    /** Task {@code innovation-coordination}. */
    private static Task task_innovation_coordination() {
        return Task.builder()
            .id("innovation-coordination")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("强化协调联动", "Coordination, led by the vice-mayor in charge of S&T"))
            .citation(Citation.of("(一)强化协调联动。"))
            .build();
    }

    /** Task {@code innovation-supporting-measures}. */
    private static Task task_innovation_supporting_measures() {
        return Task.builder()
            .id("innovation-supporting-measures")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("完善配套措施", "Supporting measures"))
            .citation(Citation.of("(二)完善配套措施。"))
            .build();
    }

    /** Task {@code innovation-supervision}. */
    private static Task task_innovation_supervision() {
        return Task.builder()
            .id("innovation-supervision")
            .kind(Task.Kind.SAFEGUARD)
            .title(Bilingual.of("加强督促检查", "Supervision and inspection"))
            .citation(Citation.of("(三)加强督促检查。"))
            .build();
    }

    /** Plan {@code technological-innovation}. */
    private static Plan plan_technological_innovation() {
        return Plan.builder()
            .id("technological-innovation")
            .title(Bilingual.of("孟州市推进技术创新攻坚方案", "Plan for Advancing Technological Innovation in Mengzhou"))
            .basis(List.of(
                "焦作市人民政府关于印发焦作市化解过剩产能攻坚方案等五个方案的通知",
                "中共孟州市委孟州市人民政府印发关于打好转型发展攻坚战的实施方案"))
            .targets(List.of(
                Target.builder()
                    .id("innovation-breakthrough-2018")
                    .indicator("innovation-campaign-progress")
                    .description(Bilingual.of("技术创新攻坚取得明显突破", "A marked breakthrough in the technological-innovation campaign"))
                    .comparison(Comparison.QUALITATIVE)
                    .unit(Unit.NONE)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2018年,技术创新攻坚取得明显突破,围绕转型发展攻坚,我市自主创新体系进一步完善,自主创新能力显著提升,创新引领型企业带动作用充分发挥。"))
                    .build(),
                Target.builder()
                    .id("innovation-capability-2018")
                    .indicator("innovation-capability")
                    .description(Bilingual.of("自主创新能力显著提升", "Independent innovation capability markedly improved"))
                    .comparison(Comparison.QUALITATIVE)
                    .unit(Unit.NONE)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2018年,技术创新攻坚取得明显突破,围绕转型发展攻坚,我市自主创新体系进一步完善,自主创新能力显著提升,创新引领型企业带动作用充分发挥。"))
                    .build(),
                Target.builder()
                    .id("leading-enterprises-2018")
                    .indicator("provincial-leading-enterprises")
                    .description(Bilingual.of("省创新龙头企业达到2家", "Provincial innovation leading enterprises: 2 by 2018"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("2"))
                    .unit(Unit.COUNT)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(true)
                    .citation(Citation.of("建立创新引领型企业培育机制,力争使省创新龙头企业达到2家;"))
                    .build(),
                Target.builder()
                    .id("high-tech-enterprises-2018")
                    .indicator("high-tech-enterprises")
                    .description(Bilingual.of("国家高新技术企业总数突破15家", "National high-tech enterprises in all: more than 15 by 2018"))
                    .comparison(Comparison.MORE_THAN)
                    .value(new BigDecimal("15"))
                    .unit(Unit.COUNT)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("全市国家高新技术企业总数突破15家。"))
                    .build(),
                Target.builder()
                    .id("rd-intensity-2018")
                    .indicator("rd-intensity")
                    .description(Bilingual.of("全市研发投入强度明显提高", "R&D intensity markedly higher"))
                    .comparison(Comparison.QUALITATIVE)
                    .unit(Unit.NONE)
                    .year(2018)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("技术创新对转型发展的带动作用不断加强,全市研发投入强度明显提高,规模以上高新技术产业增加值增速达12%以上;"))
                    .build(),
                Target.builder()
                    .id("high-tech-growth-2018")
                    .indicator("high-tech-value-added-growth")
                    .description(Bilingual.of("规模以上高新技术产业增加值增速达12%以上", "Growth of value added of above-scale high-tech industry: 12% or more"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("12"))
                    .unit(Unit.PERCENT)
                    .year(2018)
                    .period(Period.IN_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("技术创新对转型发展的带动作用不断加强,全市研发投入强度明显提高,规模以上高新技术产业增加值增速达12%以上;"))
                    .build(),
                Target.builder()
                    .id("leading-talents-2018")
                    .indicator("leading-talents")
                    .description(Bilingual.of("创新创业领军人才累计2人以上", "Leading innovation and entrepreneurship talents: at least 2 in all by 2018"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("2"))
                    .unit(Unit.COUNT)
                    .year(2018)
                    .fromYear(2017)
                    .period(Period.CUMULATIVE)
                    .aspirational(false)
                    .citation(Citation.of("累计引进培育创新创业领军人才2人以上,创新创业领军团队2个以上。"))
                    .build(),
                Target.builder()
                    .id("leading-teams-2018")
                    .indicator("leading-teams")
                    .description(Bilingual.of("创新创业领军团队累计2个以上", "Leading innovation and entrepreneurship teams: at least 2 in all by 2018"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("2"))
                    .unit(Unit.COUNT)
                    .year(2018)
                    .fromYear(2017)
                    .period(Period.CUMULATIVE)
                    .aspirational(false)
                    .citation(Citation.of("累计引进培育创新创业领军人才2人以上,创新创业领军团队2个以上。"))
                    .build(),
                Target.builder()
                    .id("innovation-progress-2020")
                    .indicator("innovation-campaign-progress")
                    .description(Bilingual.of("技术创新攻坚取得重大进展", "Major progress in the technological-innovation campaign"))
                    .comparison(Comparison.QUALITATIVE)
                    .unit(Unit.NONE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,技术创新攻坚取得重大进展,技术创新对发展转型的支撑作用充分发挥,基本建成创新孟州,省创新龙头企业保持2家,高新技术企业总数突破20家,科技型中小企业备案突破80家;"))
                    .build(),
                Target.builder()
                    .id("innovative-mengzhou-2020")
                    .indicator("innovative-mengzhou")
                    .description(Bilingual.of("基本建成创新孟州", "An innovative Mengzhou basically built"))
                    .comparison(Comparison.QUALITATIVE)
                    .unit(Unit.NONE)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,技术创新攻坚取得重大进展,技术创新对发展转型的支撑作用充分发挥,基本建成创新孟州,省创新龙头企业保持2家,高新技术企业总数突破20家,科技型中小企业备案突破80家;"))
                    .build(),
                Target.builder()
                    .id("leading-enterprises-2020")
                    .indicator("provincial-leading-enterprises")
                    .description(Bilingual.of("省创新龙头企业保持2家", "Provincial innovation leading enterprises: kept at 2 through 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("2"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .fromYear(2018)
                    .period(Period.MAINTAIN)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,技术创新攻坚取得重大进展,技术创新对发展转型的支撑作用充分发挥,基本建成创新孟州,省创新龙头企业保持2家,高新技术企业总数突破20家,科技型中小企业备案突破80家;"))
                    .build(),
                Target.builder()
                    .id("high-tech-enterprises-2020")
                    .indicator("high-tech-enterprises")
                    .description(Bilingual.of("国家高新技术企业总数突破20家", "National high-tech enterprises in all: more than 20 by 2020"))
                    .comparison(Comparison.MORE_THAN)
                    .value(new BigDecimal("20"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,技术创新攻坚取得重大进展,技术创新对发展转型的支撑作用充分发挥,基本建成创新孟州,省创新龙头企业保持2家,高新技术企业总数突破20家,科技型中小企业备案突破80家;"))
                    .build(),
                Target.builder()
                    .id("sci-tech-smes-2020")
                    .indicator("sci-tech-smes")
                    .description(Bilingual.of("科技型中小企业备案突破80家", "Registered sci-tech SMEs: more than 80 by 2020"))
                    .comparison(Comparison.MORE_THAN)
                    .value(new BigDecimal("80"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("到2020年,技术创新攻坚取得重大进展,技术创新对发展转型的支撑作用充分发挥,基本建成创新孟州,省创新龙头企业保持2家,高新技术企业总数突破20家,科技型中小企业备案突破80家;"))
                    .build(),
                Target.builder()
                    .id("provincial-rd-platforms-plan-2020")
                    .indicator("provincial-rd-platforms")
                    .description(Bilingual.of("省级研发平台达到18家", "Provincial R&D platforms: 18 by 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("18"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("省级研发平台达到18家,大中型工业企业市级以上研发机构基本实现全覆盖;"))
                    .build(),
                Target.builder()
                    .id("rd-institution-coverage-2020")
                    .indicator("rd-institution-coverage")
                    .description(Bilingual.of("大中型工业企业市级以上研发机构覆盖面基本实现全覆盖", "Large and medium industrial enterprises with a city-level or higher R&D institution: basically full coverage by 2020"))
                    .comparison(Comparison.FULL_COVERAGE)
                    .unit(Unit.PERCENT)
                    .year(2020)
                    .period(Period.BY_YEAR)
                    .aspirational(false)
                    .citation(Citation.of("省级研发平台达到18家,大中型工业企业市级以上研发机构基本实现全覆盖;"))
                    .build(),
                Target.builder()
                    .id("leading-talents-2020")
                    .indicator("leading-talents")
                    .description(Bilingual.of("创新创业领军人才累计3人以上", "Leading innovation and entrepreneurship talents: at least 3 in all by 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("3"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .fromYear(2017)
                    .period(Period.CUMULATIVE)
                    .aspirational(false)
                    .citation(Citation.of("累计引进培育创新创业领军人才3人以上,创新创业领军团队3个以上。"))
                    .build(),
                Target.builder()
                    .id("leading-teams-2020")
                    .indicator("leading-teams")
                    .description(Bilingual.of("创新创业领军团队累计3个以上", "Leading innovation and entrepreneurship teams: at least 3 in all by 2020"))
                    .comparison(Comparison.AT_LEAST)
                    .value(new BigDecimal("3"))
                    .unit(Unit.COUNT)
                    .year(2020)
                    .fromYear(2017)
                    .period(Period.CUMULATIVE)
                    .aspirational(false)
                    .citation(Citation.of("累计引进培育创新创业领军人才3人以上,创新创业领军团队3个以上。"))
                    .build()))
            .tasks(List.of(
                task_innovation_leading_enterprises(),
                task_innovation_platforms(),
                task_innovation_talents(),
                task_major_science_projects(),
                task_science_finance(),
                task_science_investment(),
                task_innovation_coordination(),
                task_innovation_supporting_measures(),
                task_innovation_supervision()))
            .citation(Citation.of("孟州市推进技术创新攻坚方案", 2))
            .build();
    }
}
