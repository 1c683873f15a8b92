/**
 * 第一责任人 duty plans with evidence and review, and 行政机关负责人出庭应诉 cases, hearings and rates.
 * Its tables, migrations and DAOs live here; it depends on {@code model} and {@code storage}.
 */
package org.fazhi.duty;
