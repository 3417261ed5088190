output "topic_arn" {
  description = "SNS topic every alarm notifies (subscribe PagerDuty and Slack to it)."
  value       = aws_sns_topic.alarms.arn
}
