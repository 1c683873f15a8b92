package org.fazhi.bench;

import java.util.Random;

/** Chinese personal names as a personnel list has them: a common surname and one or two given characters. */
final class PersonNames {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文斌辉宇新立海波晨凯浩宁峰琳欣慧颖鹏飞俊雪梅晓东旭光春燕玉林";

    private final Random random;

    PersonNames(Random random) {
        this.random = random;
    }

    String next() {
        StringBuilder s = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            s.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return s.toString();
    }
}
