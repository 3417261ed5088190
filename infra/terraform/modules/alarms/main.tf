# CloudWatch alarms on what users feel and what runs out, to an encrypted SNS topic (subscribe
# the on-call pager and chat to it). Prometheus rules (infra/prometheus/) alert on the server's
# own metrics; these watch the AWS side, which Prometheus cannot see.
resource "aws_sns_topic" "alarms" {
  name              = "${var.name}-alarms"
  kms_master_key_id = var.kms_key_arn
}

locals {
  alb = { LoadBalancer = var.alb_arn_suffix }
  grpc = { LoadBalancer = var.alb_arn_suffix, TargetGroup = var.grpc_target_group_arn_suffix }
  alarms = {
    alb-5xx = {
      description = "Load balancer answered 5xx (no healthy target, or targets failing)"
      namespace = "AWS/ApplicationELB", metric = "HTTPCode_ELB_5XX_Count", stat = "Sum"
      dimensions = local.alb, comparison = "GreaterThanThreshold", threshold = var.alb_5xx_per_minute
    }
    grpc-unhealthy-targets = {
      description = "A server task fails its gRPC health check"
      namespace = "AWS/ApplicationELB", metric = "UnHealthyHostCount", stat = "Maximum"
      dimensions = local.grpc, comparison = "GreaterThanThreshold", threshold = 0
    }
    grpc-latency-p99 = {
      description = "p99 time the server tasks take to answer, seconds"
      namespace = "AWS/ApplicationELB", metric = "TargetResponseTime", stat = "p99"
      dimensions = local.grpc, comparison = "GreaterThanThreshold", threshold = var.p99_latency_s
    }
    db-cpu = {
      description = "PostgreSQL primary CPU, percent"
      namespace = "AWS/RDS", metric = "CPUUtilization", stat = "Average"
      dimensions = { DBInstanceIdentifier = var.db_primary_identifier }, comparison = "GreaterThanThreshold", threshold = 80
    }
    db-free-storage = {
      description = "PostgreSQL primary free storage, bytes"
      namespace = "AWS/RDS", metric = "FreeStorageSpace", stat = "Minimum"
      dimensions = { DBInstanceIdentifier = var.db_primary_identifier }, comparison = "LessThanThreshold", threshold = var.db_free_storage_bytes
    }
    db-replica-lag = {
      description = "Read replica behind the primary, seconds"
      namespace = "AWS/RDS", metric = "ReplicaLag", stat = "Maximum"
      dimensions = { DBInstanceIdentifier = var.db_replica_identifier }, comparison = "GreaterThanThreshold", threshold = var.replica_lag_s
    }
    db-proxy-connections = {
      description = "Connections RDS Proxy holds to the database (its share of max_connections)"
      namespace = "AWS/RDS", metric = "DatabaseConnections", stat = "Maximum"
      dimensions = { ProxyName = var.db_proxy_name }, comparison = "GreaterThanThreshold", threshold = var.db_proxy_connections
    }
    redis-cpu = {
      description = "Redis engine CPU, percent"
      namespace = "AWS/ElastiCache", metric = "EngineCPUUtilization", stat = "Average"
      dimensions = { ReplicationGroupId = var.redis_replication_group_id }, comparison = "GreaterThanThreshold", threshold = 75
    }
    redis-evictions = {
      description = "Redis evicted keys (sessions and rate-limit state must not be evicted)"
      namespace = "AWS/ElastiCache", metric = "Evictions", stat = "Sum"
      dimensions = { ReplicationGroupId = var.redis_replication_group_id }, comparison = "GreaterThanThreshold", threshold = 0
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "this" {
  for_each            = local.alarms
  alarm_name          = "${var.name}-${each.key}"
  alarm_description   = each.value.description
  namespace           = each.value.namespace
  metric_name         = each.value.metric
  statistic           = contains(["Sum", "Average", "Maximum", "Minimum"], each.value.stat) ? each.value.stat : null
  extended_statistic  = contains(["Sum", "Average", "Maximum", "Minimum"], each.value.stat) ? null : each.value.stat
  dimensions          = each.value.dimensions
  comparison_operator = each.value.comparison
  threshold           = each.value.threshold
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
}
