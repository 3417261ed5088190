# A long-running ECS service of one task definition in the private subnets: its security group
# (in from the load balancer and named peers, out only where it must go), the load balancer's
# target group, Service Connect (the gateway reaches the server by name, balanced per request),
# rolling deployments that roll back by themselves, and CPU target tracking.
resource "aws_security_group" "this" {
  name        = "${var.cluster_name}-${var.role}"
  description = "${var.role} tasks"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "peers" {
  count                        = length(var.ingress_security_group_ids)
  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = var.ingress_security_group_ids[count.index]
  ip_protocol                  = "tcp"
  from_port                    = var.container_port
  to_port                      = var.container_port
  description                  = "${var.role} port from an allowed peer"
}

resource "aws_vpc_security_group_egress_rule" "in_vpc" {
  count             = length(var.egress_ports_in_vpc)
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = var.vpc_cidr_block
  ip_protocol       = "tcp"
  from_port         = var.egress_ports_in_vpc[count.index]
  to_port           = var.egress_ports_in_vpc[count.index]
  description       = "To a peer in the VPC"
}

resource "aws_vpc_security_group_egress_rule" "anywhere" {
  count             = length(var.egress_ports_anywhere)
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = var.egress_ports_anywhere[count.index]
  to_port           = var.egress_ports_anywhere[count.index]
  description       = "Out through NAT (AWS APIs on 443, the SMTP relay)"
}

resource "aws_ecs_service" "this" {
  name                              = var.role # infra/deploy.sh updates it by this name
  cluster                           = var.cluster_arn
  task_definition                   = var.task_definition_arn
  desired_count                     = var.min_tasks
  launch_type                       = "FARGATE"
  health_check_grace_period_seconds = 30
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  network_configuration {
    subnets          = var.subnet_ids
    security_groups  = [aws_security_group.this.id]
    assign_public_ip = false
  }
  load_balancer {
    target_group_arn = var.target_group_arn
    container_name   = var.role
    container_port   = var.container_port
  }
  service_connect_configuration {
    enabled   = true
    namespace = var.service_connect_namespace_arn
    dynamic "service" {
      for_each = var.publish_as == null ? [] : [var.publish_as]
      content {
        port_name      = "port-${var.container_port}"
        discovery_name = service.value
        client_alias {
          dns_name = service.value
          port     = var.container_port
        }
      }
    }
  }
  lifecycle {
    ignore_changes = [task_definition, desired_count] # releases (infra/deploy.sh) and autoscaling own these
  }
}

resource "aws_appautoscaling_target" "this" {
  service_namespace  = "ecs"
  resource_id        = "service/${var.cluster_name}/${aws_ecs_service.this.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = var.min_tasks
  max_capacity       = var.max_tasks
}

resource "aws_appautoscaling_policy" "cpu" {
  name               = "${var.cluster_name}-${var.role}-cpu"
  service_namespace  = aws_appautoscaling_target.this.service_namespace
  resource_id        = aws_appautoscaling_target.this.resource_id
  scalable_dimension = aws_appautoscaling_target.this.scalable_dimension
  policy_type        = "TargetTrackingScaling"
  target_tracking_scaling_policy_configuration {
    target_value       = 70
    scale_in_cooldown  = 300
    scale_out_cooldown = 60
    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}
