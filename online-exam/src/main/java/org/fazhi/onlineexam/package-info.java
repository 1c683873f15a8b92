/**
 * The question bank and 任前法律知识测试 taken online (fazhi-online-exam): questions of four types with their laws,
 * difficulty and points; papers assembled by rule; candidates signing in with one-time codes; answers kept as given
 * with a snapshot of each question as asked; marking; and the score as the candidate's result in the test batch of
 * law-training. The tables are {@link org.fazhi.onlineexam.OnlineExamSchema}.
 */
package org.fazhi.onlineexam;
