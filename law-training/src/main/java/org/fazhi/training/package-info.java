/**
 * 学法 study-session ledgers with quota compliance, and 任前法律知识测试 batches with results and
 * retakes. Its tables, migrations and DAOs live here; it depends on {@code model} and {@code storage}.
 */
package org.fazhi.training;
