package org.fazhi.training;

import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.testing.TestCounty;

/**
 * The shared test county ({@link TestCounty}: 清河县 with 司法局, 公证处, 财政局, 城关镇; 另一县 with 教育局) with
 * this module's services wired as the server wires them.
 *
 * People: 张局长 and 王副局长 and 李科员 of 司法局, 钱局长 of 财政局, 赵主任 of 公证处.
 */
public final class County extends TestCounty {
    public final LawTraining training;
    public final Person zhang;
    public final Person wang;
    public final Person li;
    public final Person qian;
    public final Person zhao;

    public County() {
        super(LawTrainingSchema.MIGRATIONS);
        training = new LawTraining(ledger.database(), core.audit());
        zhang = person(justice, "张局长", "局长", LeaderCategory.PRINCIPAL);
        wang = person(justice, "王副局长", "副局长", LeaderCategory.DEPUTY);
        li = person(justice, "李科员", "科员", LeaderCategory.STAFF);
        qian = person(finance, "钱局长", "局长", LeaderCategory.PRINCIPAL);
        zhao = person(notary, "赵主任", "主任", LeaderCategory.PRINCIPAL);
    }
}
