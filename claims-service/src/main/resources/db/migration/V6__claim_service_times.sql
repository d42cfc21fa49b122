-- WF-6's service times of the policy version a claim was decided under, as the policy's answer states them
-- (JSON), frozen with the decision: the claim's deadlines are counted from them and its events carry them.
alter table claims add column service_times text;

-- Claims decided before this column: the service times of their version, the one in force on their order date.
-- Every such claim was decided under 2024-01, whose figures never change once in force (docs/policy.md, "Policy
-- versions"); the payment period is the reading claims-service applied to them.
update claims
set service_times = '{"confirmation":"PT24H","returnShipmentWorkingDays":7,"payment":"P7D",'
                 || '"replacementDispatch":"PT48H","deliveryMinWorkingDays":10,"deliveryMaxWorkingDays":30}'
where service_times is null and policy_version = '2024-01';
