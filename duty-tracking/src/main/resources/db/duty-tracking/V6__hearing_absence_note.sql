-- duty-tracking V6: 未出庭情况, the free text beside the 未出庭理由 category of a hearing where no head
-- appeared (e.g. "负责人因不可抗力委托副职出庭"): shown on the case, in the 约谈 list and in the 通报.
ALTER TABLE court_hearings ADD COLUMN absence_note TEXT;
