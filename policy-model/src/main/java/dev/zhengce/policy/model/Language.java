package dev.zhengce.policy.model;

/** The languages the model's texts and explanations come in. */
public enum Language {
    /** Chinese, the language of the source. */
    ZH,
    /** English. */
    EN
}
