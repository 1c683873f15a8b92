package org.fazhi.onlineexam.demo;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionService;
import org.fazhi.onlineexam.bank.QuestionType;

/**
 * A demo county's question bank: about sixty questions on the laws a 任前法律知识测试 asks about (宪法, 行政复议法,
 * 行政诉讼法, 行政处罚法, 民法典, 行政许可法, 行政强制法, 政府信息公开条例), of all four types, each with its law, difficulty
 * and a short analysis. Loaded through the service as {@link Actor#SYSTEM}.
 */
public final class DemoQuestions {
    static final String CONSTITUTION = "中华人民共和国宪法";
    static final String RECONSIDERATION = "中华人民共和国行政复议法";
    static final String LITIGATION = "中华人民共和国行政诉讼法";
    static final String PENALTY = "中华人民共和国行政处罚法";
    static final String CIVIL_CODE = "中华人民共和国民法典";
    static final String LICENSING = "中华人民共和国行政许可法";
    static final String COERCION = "中华人民共和国行政强制法";
    static final String DISCLOSURE = "中华人民共和国政府信息公开条例";

    private final QuestionService questions;

    public DemoQuestions(QuestionService questions) {
        this.questions = questions;
    }

    /** Adds the demo questions to the bank; returns how many. */
    public int load() {
        List<Question> all = questions();
        all.forEach(q -> questions.create(Actor.SYSTEM, q));
        return all.size();
    }

    /** The demo questions, in the order they are added. */
    public static List<Question> questions() {
        List<Question> q = new ArrayList<>();
        // ---- 宪法 ----
        q.add(single("社会主义制度是中华人民共和国的( )。", List.of("根本制度", "基本制度", "重要制度", "根本政治制度"), "A",
                Difficulty.EASY, CONSTITUTION, "宪法第一条第二款:社会主义制度是中华人民共和国的根本制度。"));
        q.add(single("( )是中国特色社会主义最本质的特征。", List.of("人民当家作主", "中国共产党领导", "依法治国", "公有制为主体"), "B",
                Difficulty.EASY, CONSTITUTION, "宪法第一条第二款:中国共产党领导是中国特色社会主义最本质的特征。"));
        q.add(single("全国人民代表大会每届任期( )年。", List.of("三", "四", "五", "六"), "C", Difficulty.EASY, CONSTITUTION,
                "宪法第六十条:全国人民代表大会每届任期五年。"));
        q.add(single("宪法的修改,由全国人民代表大会常务委员会或者( )以上的全国人民代表大会代表提议,并由全国人民代表大会以全体代表的"
                        + "三分之二以上的多数通过。", List.of("十分之一", "五分之一", "三分之一", "二分之一"), "B", Difficulty.MEDIUM,
                CONSTITUTION, "宪法第六十四条第一款。"));
        q.add(single("国家宪法日是每年的( )。", List.of("3月15日", "7月1日", "10月1日", "12月4日"), "D", Difficulty.EASY,
                CONSTITUTION, "2014年11月1日全国人大常委会决定将12月4日设立为国家宪法日。"));
        q.add(single("国家工作人员就职时应当依照法律规定( )。", List.of("签订廉政承诺书", "公开进行宪法宣誓", "参加岗前培训",
                "进行财产申报"), "B", Difficulty.EASY, CONSTITUTION, "宪法第二十七条第三款。"));
        q.add(multiple("根据宪法,下列属于全国人民代表大会职权的有( )。", List.of("修改宪法", "选举中华人民共和国主席、副主席",
                "解释宪法", "批准省、自治区和直辖市的建置"), "ABD", Difficulty.MEDIUM, CONSTITUTION,
                "宪法第六十二条;解释宪法是全国人大常委会的职权(第六十七条)。"));
        q.add(multiple("下列属于我国宪法规定的公民基本权利的有( )。", List.of("选举权和被选举权", "言论、出版、集会、结社、游行、示威的自由",
                "宗教信仰自由", "依照法律纳税"), "ABC", Difficulty.EASY, CONSTITUTION, "依照法律纳税是公民的基本义务(宪法第五十六条)。"));
        q.add(trueFalse("中华人民共和国年满十八周岁的公民,除依照法律被剥夺政治权利的人外,都有选举权和被选举权。", "T",
                Difficulty.EASY, CONSTITUTION, "宪法第三十四条。"));
        q.add(trueFalse("全国人民代表大会常务委员会有权解释宪法,监督宪法的实施。", "T", Difficulty.EASY, CONSTITUTION,
                "宪法第六十七条。"));
        q.add(trueFalse("劳动是公民的权利,但不是公民的义务。", "F", Difficulty.EASY, CONSTITUTION,
                "宪法第四十二条:中华人民共和国公民有劳动的权利和义务。"));
        q.add(trueFalse("中华人民共和国主席、副主席连续任职不得超过两届。", "F", Difficulty.MEDIUM, CONSTITUTION,
                "2018年宪法修正案删去了主席、副主席“连续任职不得超过两届”的规定。"));
        // ---- 行政复议法 ----
        q.add(single("公民、法人或者其他组织认为行政行为侵犯其合法权益的,可以自知道或者应当知道该行政行为之日起( )内提出行政复议申请;"
                        + "但是法律规定的申请期限超过该期限的除外。", List.of("十五日", "三十日", "六十日", "三个月"), "C", Difficulty.EASY,
                RECONSIDERATION, "行政复议法规定的一般申请期限为六十日。"));
        q.add(single("行政复议机关收到行政复议申请后,应当在( )内进行审查,决定是否受理。", List.of("三日", "五日", "七日", "十日"), "B",
                Difficulty.MEDIUM, RECONSIDERATION, "行政复议法规定,复议机关应当在收到申请后五日内审查并决定是否受理。"));
        q.add(single("适用普通程序审理的行政复议案件,行政复议机关应当自受理申请之日起( )内作出行政复议决定;情况复杂的,经批准可以适当延长,"
                        + "但延长期限最多不超过三十日。", List.of("三十日", "四十五日", "六十日", "九十日"), "C", Difficulty.MEDIUM,
                RECONSIDERATION, "普通程序六十日,可延长一次、最多三十日;法律规定的复议期限少于六十日的除外。"));
        q.add(single("适用简易程序审理的行政复议案件,行政复议机关应当自受理申请之日起( )内作出行政复议决定。",
                List.of("十日", "二十日", "三十日", "六十日"), "C", Difficulty.MEDIUM, RECONSIDERATION, "简易程序的审理期限为三十日。"));
        q.add(single("对县级人民政府工作部门作出的行政行为不服申请行政复议的,一般由( )管辖。", List.of("该部门的上一级主管部门",
                "县级人民政府", "市级人民政府", "县级人民代表大会常务委员会"), "B", Difficulty.MEDIUM, RECONSIDERATION,
                "2023年修订的行政复议法取消了地方政府工作部门的复议职责,由本级人民政府统一管辖(海关、金融、外汇管理等垂直领导的机关"
                        + "和税务、国家安全机关除外)。"));
        q.add(multiple("行政复议机关可以作出的行政复议决定有( )。", List.of("变更决定", "撤销或者部分撤销决定", "确认违法决定", "发回重审决定"),
                "ABC", Difficulty.MEDIUM, RECONSIDERATION, "复议决定有变更、撤销或部分撤销、确认违法、责令履行、确认无效、维持、驳回等;"
                        + "发回重审是二审法院的裁判方式。"));
        q.add(multiple("行政复议机关审理下列事实清楚、权利义务关系明确、争议不大的行政复议案件,可以适用简易程序的有( )。",
                List.of("被申请行政复议的行政行为是当场作出的", "被申请行政复议的行政行为是警告或者通报批评", "案件涉及款额三千元以下的",
                        "属于政府信息公开案件的"), "ABCD", Difficulty.HARD, RECONSIDERATION, "此外,当事人各方同意适用简易程序的,也可以适用。"));
        q.add(trueFalse("行政复议期间,被申请人不得自行向申请人和其他有关单位或者个人收集证据。", "T", Difficulty.MEDIUM, RECONSIDERATION,
                "被申请人自行收集的证据不作为认定行政行为合法性、适当性的依据。"));
        q.add(trueFalse("申请行政复议只能书面申请,不能口头申请。", "F", Difficulty.EASY, RECONSIDERATION,
                "申请人可以书面申请;书面申请有困难的,也可以口头申请。"));
        q.add(trueFalse("行政复议机关受理行政复议申请,不得向申请人收取任何费用。", "T", Difficulty.EASY, RECONSIDERATION,
                "行政复议不收费,行政复议经费列入本级预算。"));
        // ---- 行政诉讼法 ----
        q.add(single("公民、法人或者其他组织直接向人民法院提起行政诉讼的,应当自知道或者应当知道作出行政行为之日起( )内提出,"
                        + "法律另有规定的除外。", List.of("十五日", "三个月", "六个月", "一年"), "C", Difficulty.EASY, LITIGATION,
                "行政诉讼法第四十六条第一款。"));
        q.add(single("经复议的案件,复议机关决定维持原行政行为的,被告是( )。", List.of("作出原行政行为的行政机关",
                "复议机关", "作出原行政行为的行政机关和复议机关", "由原告选择其一"), "C", Difficulty.MEDIUM, LITIGATION,
                "行政诉讼法第二十六条第二款:复议机关决定维持原行政行为的,作出原行政行为的行政机关和复议机关是共同被告。"));
        q.add(single("公民、法人或者其他组织不服复议决定的,可以在收到复议决定书之日起( )内向人民法院提起诉讼,法律另有规定的除外。",
                List.of("七日", "十日", "十五日", "三十日"), "C", Difficulty.EASY, LITIGATION, "行政诉讼法第四十五条。"));
        q.add(single("被诉行政机关负责人应当出庭应诉;不能出庭的,应当委托( )出庭。", List.of("律师", "行政机关相应的工作人员",
                "法律顾问", "上级机关工作人员"), "B", Difficulty.MEDIUM, LITIGATION, "行政诉讼法第三条第三款。"));
        q.add(multiple("人民法院不受理公民、法人或者其他组织对下列事项提起的行政诉讼的有( )。", List.of("国防、外交等国家行为",
                "行政法规、规章或者行政机关制定、发布的具有普遍约束力的决定、命令", "行政机关对行政机关工作人员的奖惩、任免等决定",
                "行政机关作出的罚款决定"), "ABC", Difficulty.MEDIUM, LITIGATION, "行政诉讼法第十三条;罚款决定属于受案范围。"));
        q.add(trueFalse("在行政诉讼中,被告对作出的行政行为负有举证责任。", "T", Difficulty.EASY, LITIGATION,
                "行政诉讼法第三十四条第一款。"));
        q.add(trueFalse("在行政诉讼过程中,被告及其诉讼代理人可以自行向原告、第三人和证人收集证据。", "F", Difficulty.MEDIUM, LITIGATION,
                "行政诉讼法第三十五条:不得自行收集。"));
        q.add(trueFalse("人民法院审理行政案件不适用调解,但行政赔偿、补偿以及行政机关行使法律、法规规定的自由裁量权的案件可以调解。", "T",
                Difficulty.MEDIUM, LITIGATION, "行政诉讼法第六十条第一款。"));
        q.add(trueFalse("行政诉讼期间,被诉行政行为一律停止执行。", "F", Difficulty.EASY, LITIGATION,
                "行政诉讼法第五十六条:诉讼期间不停止行政行为的执行,法定情形下裁定停止执行。"));
        // ---- 行政处罚法 ----
        q.add(single("违法行为在( )内未被发现的,不再给予行政处罚;涉及公民生命健康安全、金融安全且有危害后果的,延长至五年。",
                List.of("六个月", "一年", "二年", "三年"), "C", Difficulty.MEDIUM, PENALTY, "行政处罚法第三十六条第一款。"));
        q.add(single("不满( )周岁的未成年人有违法行为的,不予行政处罚,责令监护人加以管教。", List.of("十二", "十四", "十六", "十八"),
                "B", Difficulty.EASY, PENALTY, "行政处罚法第三十条。"));
        q.add(single("违法事实确凿并有法定依据,对公民处以( )以下罚款的,可以当场作出行政处罚决定。", List.of("五十元", "一百元",
                "二百元", "五百元"), "C", Difficulty.MEDIUM, PENALTY, "行政处罚法第五十一条:对公民二百元以下、对法人或者其他组织三千元以下"
                + "罚款或者警告,可以当场作出。"));
        q.add(single("当事人应当自收到行政处罚决定书之日起( )内,到指定的银行或者通过电子支付系统缴纳罚款。", List.of("五日", "七日",
                "十日", "十五日"), "D", Difficulty.EASY, PENALTY, "行政处罚法第六十七条第三款。"));
        q.add(single("当事人要求听证的,应当在行政机关告知后( )内提出。", List.of("三日", "五日", "七日", "十日"), "B",
                Difficulty.MEDIUM, PENALTY, "行政处罚法第六十四条。"));
        q.add(single("行政机关应当在举行听证的( )前,通知当事人及有关人员听证的时间、地点。", List.of("三日", "五日", "七日", "十日"),
                "C", Difficulty.MEDIUM, PENALTY, "行政处罚法第六十四条。"));
        q.add(multiple("行政机关拟作出下列行政处罚决定,应当告知当事人有要求听证的权利的有( )。", List.of("较大数额罚款",
                "没收较大数额违法所得、没收较大价值非法财物", "降低资质等级、吊销许可证件", "警告"), "ABC", Difficulty.MEDIUM, PENALTY,
                "行政处罚法第六十三条;警告不在听证范围之内。"));
        q.add(multiple("根据行政处罚法,下列属于行政处罚种类的有( )。", List.of("警告、通报批评", "罚款、没收违法所得、没收非法财物",
                "暂扣许可证件、降低资质等级、吊销许可证件", "行政拘留"), "ABCD", Difficulty.EASY, PENALTY, "行政处罚法第九条。"));
        q.add(multiple("当事人有下列情形之一的,应当从轻或者减轻行政处罚的有( )。", List.of("主动消除或者减轻违法行为危害后果的",
                "受他人胁迫或者诱骗实施违法行为的", "主动供述行政机关尚未掌握的违法行为的", "配合行政机关查处违法行为有立功表现的"),
                "ABCD", Difficulty.MEDIUM, PENALTY, "行政处罚法第三十二条。"));
        q.add(trueFalse("对当事人的同一个违法行为,不得给予两次以上罚款的行政处罚。", "T", Difficulty.EASY, PENALTY,
                "行政处罚法第二十九条(一事不二罚)。"));
        q.add(trueFalse("作出罚款决定的行政机关应当与收缴罚款的机构分离。", "T", Difficulty.MEDIUM, PENALTY,
                "行政处罚法第六十七条第一款(罚缴分离)。"));
        q.add(trueFalse("初次违法且危害后果轻微并及时改正的,可以不予行政处罚。", "T", Difficulty.MEDIUM, PENALTY,
                "行政处罚法第三十三条第一款。"));
        q.add(trueFalse("执法人员当场收缴罚款的,可以不向当事人出具罚款收据。", "F", Difficulty.EASY, PENALTY,
                "行政处罚法第七十条:必须向当事人出具统一制发的专用票据。"));
        // ---- 民法典 ----
        q.add(single("不满( )周岁的未成年人为无民事行为能力人,由其法定代理人代理实施民事法律行为。", List.of("六", "八", "十", "十二"),
                "B", Difficulty.EASY, CIVIL_CODE, "民法典第二十条。"));
        q.add(single("向人民法院请求保护民事权利的诉讼时效期间为( ),法律另有规定的,依照其规定。", List.of("一年", "二年", "三年", "五年"),
                "C", Difficulty.EASY, CIVIL_CODE, "民法典第一百八十八条第一款。"));
        q.add(single("自权利受到损害之日起超过( )的,人民法院不予保护;有特殊情况的,人民法院可以根据权利人的申请决定延长。",
                List.of("五年", "十年", "十五年", "二十年"), "D", Difficulty.MEDIUM, CIVIL_CODE, "民法典第一百八十八条第二款。"));
        q.add(single("十六周岁以上的未成年人,以自己的劳动收入为主要生活来源的,视为( )。", List.of("完全民事行为能力人",
                "限制民事行为能力人", "无民事行为能力人", "成年人"), "A", Difficulty.EASY, CIVIL_CODE, "民法典第十八条第二款。"));
        q.add(multiple("民事主体从事民事活动,应当遵循的原则有( )。", List.of("平等", "自愿", "公平", "诚信"), "ABCD",
                Difficulty.EASY, CIVIL_CODE, "民法典第四条至第七条;此外还有守法与公序良俗、绿色原则。"));
        q.add(multiple("下列属于承担民事责任方式的有( )。", List.of("停止侵害", "赔偿损失", "赔礼道歉", "罚款"), "ABC",
                Difficulty.EASY, CIVIL_CODE, "民法典第一百七十九条;罚款是行政处罚。"));
        q.add(trueFalse("《中华人民共和国民法典》自2021年1月1日起施行。", "T", Difficulty.EASY, CIVIL_CODE,
                "民法典第一千二百六十条。"));
        q.add(trueFalse("从建筑物中抛掷的物品造成他人损害,经调查难以确定具体侵权人的,除能够证明自己不是侵权人的外,由可能加害的建筑物使用人给予补偿。",
                "T", Difficulty.MEDIUM, CIVIL_CODE, "民法典第一千二百五十四条第一款。"));
        q.add(trueFalse("居住权可以转让、继承。", "F", Difficulty.MEDIUM, CIVIL_CODE, "民法典第三百六十九条:居住权不得转让、继承。"));
        // ---- 行政许可法、行政强制法、政府信息公开条例 ----
        q.add(single("除可以当场作出行政许可决定的外,行政机关应当自受理行政许可申请之日起( )内作出行政许可决定。",
                List.of("十日", "十五日", "二十日", "三十日"), "C", Difficulty.MEDIUM, LICENSING,
                "行政许可法第四十二条:二十日内不能作出决定的,经本机关负责人批准,可以延长十日。"));
        q.add(trueFalse("行政机关实施行政许可和对行政许可事项进行监督检查,不得收取任何费用,但法律、行政法规另有规定的除外。", "T",
                Difficulty.MEDIUM, LICENSING, "行政许可法第五十八条第一款。"));
        q.add(single("行政机关实施查封、扣押的期限不得超过( )日;情况复杂的,经行政机关负责人批准,可以延长,但延长期限不得超过三十日。",
                List.of("十五", "三十", "四十五", "六十"), "B", Difficulty.MEDIUM, COERCION, "行政强制法第二十五条第一款。"));
        q.add(single("行政机关依法加处罚款或者滞纳金的,其数额不得超出( )。", List.of("罚款数额的一半", "金钱给付义务的数额",
                "罚款数额的两倍", "一万元"), "B", Difficulty.HARD, COERCION, "行政强制法第四十五条第二款。"));
        q.add(trueFalse("行政机关不得在夜间或者法定节假日实施行政强制执行,但情况紧急的除外。", "T", Difficulty.EASY, COERCION,
                "行政强制法第四十三条第一款。"));
        q.add(single("行政机关收到政府信息公开申请,不能当场答复的,应当自收到申请之日起( )个工作日内予以答复。",
                List.of("10", "15", "20", "30"), "C", Difficulty.MEDIUM, DISCLOSURE,
                "政府信息公开条例第三十三条:需要延长的,经负责人同意并告知申请人,延长的期限最长不得超过20个工作日。"));
        // ---- 案例分析 ----
        q.add(caseQuestion("某县市场监督管理局执法人员一人在检查中发现某食品公司销售超过保质期的食品,未出示执法证件,当场对该公司作出罚款"
                        + "五千元的处罚决定。请分析该处罚在程序上存在哪些问题。",
                "(1)当场处罚只适用于对公民二百元以下、对法人或者其他组织三千元以下罚款或者警告,罚款五千元应当适用普通程序,立案调查后"
                        + "作出决定;(2)执法人员不得少于两人,并应当主动向当事人出示执法证件;(3)作出处罚决定前应当告知拟作出处罚的内容及"
                        + "事实、理由、依据和当事人陈述、申辩的权利。该处罚程序违法。", 10, Difficulty.MEDIUM, List.of(PENALTY),
                "考点:行政处罚法第四十二条、第四十四条、第五十一条。"));
        q.add(caseQuestion("张某对县自然资源局作出的罚款决定不服,向县人民政府申请行政复议。县人民政府经审理作出维持决定,张某仍不服,"
                        + "准备提起行政诉讼。请问:张某应以谁为被告?应在什么期限内起诉?",
                "(1)复议机关决定维持原行政行为的,作出原行政行为的县自然资源局和复议机关县人民政府是共同被告;(2)张某应当在收到行政复议"
                        + "决定书之日起十五日内向人民法院提起诉讼,法律另有规定的除外。", 10, Difficulty.MEDIUM,
                List.of(LITIGATION, RECONSIDERATION), "考点:行政诉讼法第二十六条第二款、第四十五条。"));
        q.add(caseQuestion("某镇人民政府认定李某的房屋为违法建筑,作出限期拆除决定后的第二天(星期日)晚上组织人员将房屋强制拆除。请分析"
                        + "镇政府的强制拆除行为是否合法。",
                "不合法。(1)对违法建筑需要强制拆除的,应当由行政机关予以公告,限期当事人自行拆除;当事人在法定期限内不申请行政复议或者"
                        + "提起行政诉讼,又不拆除的,才可以依法强制拆除,本案次日即拆除,剥夺了当事人的救济权利;(2)行政机关不得在夜间或者"
                        + "法定节假日实施行政强制执行,本案不属于情况紧急。", 10, Difficulty.HARD, List.of(COERCION),
                "考点:行政强制法第四十三条、第四十四条。"));
        q.add(caseQuestion("王某向县人民政府申请公开本村征收补偿方案,县人民政府收到申请后三十个工作日未作答复,也未告知延长答复期限。"
                        + "请问县人民政府的做法是否合法?王某可以如何救济?",
                "不合法。行政机关不能当场答复的,应当自收到申请之日起20个工作日内答复;需要延长的,应当经负责人同意并告知申请人,延长"
                        + "最长不超过20个工作日。县政府逾期未答复,王某可以依法申请行政复议或者提起行政诉讼。", 8, Difficulty.MEDIUM,
                List.of(DISCLOSURE, RECONSIDERATION), "考点:政府信息公开条例第三十三条、第五十一条。"));
        return q;
    }

    private static Question single(String stem, List<String> options, String answer, Difficulty d, String law, String analysis) {
        return Question.draft(QuestionType.SINGLE, stem, options, answer, 2, d, List.of(law), analysis);
    }

    private static Question multiple(String stem, List<String> options, String answer, Difficulty d, String law, String analysis) {
        return Question.draft(QuestionType.MULTIPLE, stem, options, answer, 3, d, List.of(law), analysis);
    }

    private static Question trueFalse(String stem, String answer, Difficulty d, String law, String analysis) {
        return Question.draft(QuestionType.TRUE_FALSE, stem, List.of(), answer, 2, d, List.of(law), analysis);
    }

    private static Question caseQuestion(String stem, String answer, int points, Difficulty d, List<String> laws, String analysis) {
        return Question.draft(QuestionType.CASE, stem, List.of(), answer, points, d, laws, analysis);
    }
}
